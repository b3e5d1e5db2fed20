import type { Layers, LayerName } from './record.js'
import type { Warning } from './warning.js'
import type { OffsetMap } from './offset-map.js'
import type { TokenLayer } from './tokens.js'
import type { Span } from './span.js'
import { LEXICON, type Lexeme } from './lexeme.js'

/** What is known about an article besides its text. */
export interface Meta {
  readonly id: string
  /** BCP-47 language of the text, as detected (`ar`, `en`, `und`...). */
  readonly language: string
  readonly published: string | null
  readonly title: string | null
  readonly url: string | null
  readonly outlet: string | null
}

/** One analysed article: the text, its normalized twin for matching, and the layers stages wrote. */
export interface AnalyzedDoc {
  /** SPEC `text`; never mutated. */
  readonly text: string
  /** For matching only; never serialized. */
  readonly normalized: string
  /** Normalized index → text index. */
  readonly map: OffsetMap
  readonly meta: Meta
  readonly tokens: TokenLayer
  readonly layers: Readonly<Partial<Layers>>
  readonly warnings: readonly Warning[]
}

/**
 * The mutable view a stage gets: read the text and earlier layers, write its own layers once.
 * A second write to a layer throws, so two stages can never fight over one field.
 */
export class DocBuilder implements AnalyzedDoc {
  readonly text: string
  readonly normalized: string
  readonly map: OffsetMap
  readonly tokens: TokenLayer
  meta: Meta
  readonly layers: Partial<Layers> = {}
  readonly warnings: Warning[] = []

  constructor(init: { text: string; normalized: string; map: OffsetMap; tokens: TokenLayer; meta: Meta; warnings?: Warning[] }) {
    this.text = init.text
    this.normalized = init.normalized
    this.map = init.map
    this.tokens = init.tokens
    this.meta = init.meta
    if (init.warnings) this.warnings.push(...init.warnings)
  }

  /** Writes a layer; throws if the layer was already written. */
  set<K extends LayerName>(name: K, value: Layers[K]): void {
    if (name in this.layers) throw new Error(`Layer '${name}' was already written`)
    this.layers[name] = Object.freeze(value) as Layers[K]
  }

  /** Reads a layer a required stage wrote; throws if it is missing (a pipeline set-up error). */
  get<K extends LayerName>(name: K): Layers[K] {
    if (!(name in this.layers)) throw new Error(`Layer '${name}' is not available yet`)
    return this.layers[name] as Layers[K]
  }

  /** Adds a warning to the record. */
  warn(w: Warning): void {
    this.warnings.push(w)
  }

  /** The original text of token `i`. */
  tokenText(i: number): string {
    return this.text.slice(this.tokens.start[i], this.tokens.end[i])
  }

  /** The normalized form of token `i`. */
  tokenNorm(i: number): string {
    return this.tokenNorms()[i]!
  }

  private lexemes: Lexeme[] | null = null
  private norms: string[] | null = null

  /** The lexeme of every token (see `Lexeme`), found once per document. */
  tokenLexemes(): readonly Lexeme[] {
    if (this.lexemes) return this.lexemes
    const { nstart, nend, count } = this.tokens
    const lexemes = new Array<Lexeme>(count)
    for (let i = 0; i < count; i++) lexemes[i] = LEXICON.lexeme(this.normalized, nstart[i]!, nend[i]!)
    this.lexemes = lexemes
    return lexemes
  }

  /** The normalized form of every token: its lexeme's text. */
  tokenNorms(): readonly string[] {
    this.norms ??= this.tokenLexemes().map((l) => l.text)
    return this.norms
  }

  /** 1 for each token that starts inside one of `spans` (text spans), else 0. */
  tokensIn(spans: readonly Span[]): Uint8Array {
    const { tokens } = this
    const inside = new Uint8Array(tokens.count)
    for (const [s, e] of spans) for (let k = this.tokenAt(s); k < tokens.count && tokens.start[k]! < e; k++) inside[k] = 1
    return inside
  }

  /** The text span of tokens `[tokenStart, tokenEnd)`. */
  tokenSpan(tokenStart: number, tokenEnd: number): Span {
    return [this.tokens.start[tokenStart]!, this.tokens.end[tokenEnd - 1]!]
  }

  /** Index of the first token that ends after text index `t` (tokens.count if none). */
  tokenAt(t: number): number {
    const a = this.tokens.end
    let lo = 0
    let hi = this.tokens.count
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (a[mid]! <= t) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
