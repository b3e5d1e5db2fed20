/**
 * `npm run eval:ner`: entity-level precision, recall and F1 per type and overall (conlleval
 * counting) of the NER model on ANERcorp's test split (CAMeL split, reconstructed), plus the
 * model's load time and tagging speed on one core.
 *
 * Usage: `npx tsx scripts/eval-ner.ts [--model models/ner.bin] [--split test|train] [--out FILE]`.
 * `--out` writes `token GOLD PRED` lines, as `marsad ner --conll` prints them.
 * Reads `$MARSAD_SHARED`, else `../shared`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { importBuilt } from './built.js'
import { sharedDir } from './shared-path.js'

// The compiled package, so that the speed printed is the speed users get (see `importBuilt`).
const { decodeModel, DEFAULT_MODEL_PATH, DOCUMENT_WINDOW, formatConllScore, NerTagger, parseConll, scoreConll, TAGS } =
  await importBuilt<typeof import('../src/tag/ner/index.js')>('tag/ner/index.js')

const args = process.argv.slice(2)
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : fallback
}

const modelPath = option('--model', DEFAULT_MODEL_PATH)
const split = option('--split', 'test')
const out = option('--out', '')

const loadStart = performance.now()
const model = decodeModel(readFileSync(modelPath))
const tagger = new NerTagger(model)
const loadMs = performance.now() - loadStart

const file = join(sharedDir(), 'data', 'anercorp', `ANERCorp_CamelSplit_${split}.reconstructed.txt`)
const sentences = parseConll(readFileSync(file, 'utf8'))
const tokens = sentences.map((s) => s.tokens)
const tokenCount = tokens.reduce((a, s) => a + s.length, 0)

const tagStart = performance.now()
const tags = tagger.tagConll(tokens, DOCUMENT_WINDOW)
const firstRunMs = performance.now() - tagStart
// Speed on new text in a running process (compiled code, caches holding the first text's
// words): the other split, whose names are mostly new.
const other = parseConll(readFileSync(join(sharedDir(), 'data', 'anercorp', `ANERCorp_CamelSplit_${split === 'test' ? 'train' : 'test'}.reconstructed.txt`), 'utf8')).map((s) => s.tokens)
const otherCount = other.reduce((a, s) => a + s.length, 0)
const newStart = performance.now()
tagger.tagConll(other, DOCUMENT_WINDOW)
const newMs = performance.now() - newStart
// Speed with warm caches, as in a long-running process: best of three runs over the same text.
let bestMs = Infinity
for (let r = 0; r < 3; r++) {
  const t0 = performance.now()
  tagger.tagConll(tokens, DOCUMENT_WINDOW)
  bestMs = Math.min(bestMs, performance.now() - t0)
}

const scored = sentences.map((s, i) => ({ gold: s.tags ?? s.tokens.map(() => 'O'), pred: Array.from(tags[i]!, (t) => TAGS[t]!) }))
const score = scoreConll(scored)
console.log(`ANERcorp (CAMeL split, reconstructed) ${split}: ${sentences.length} sentences, ${tokenCount} tokens; model ${modelPath}`)
console.log(formatConllScore(score))
const rate = (n: number, ms: number): string => Math.round(n / (ms / 1000)).toLocaleString('en')
console.log(`\nmodel load ${loadMs.toFixed(0)} ms; tagging on one core, both passes: ${rate(otherCount, newMs)} tokens/s on new text (target ≥ 100,000), ${rate(tokenCount, firstRunMs)} cold (first text of a fresh process), ${rate(tokenCount, bestMs)} warm (the same text again)`)
console.log(`target: overall F1 >= 80 (AraBERT 83.7); ${score.overall.f1 >= 80 ? 'met' : 'not met'}`)
if (out) {
  writeFileSync(out, sentences.map((s, i) => s.tokens.map((tok, k) => `${tok} ${scored[i]!.gold[k]} ${scored[i]!.pred[k]}`).join('\n')).join('\n\n') + '\n')
}
