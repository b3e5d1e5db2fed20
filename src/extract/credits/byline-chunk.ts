import type { Credit } from '../../core/record.js'
import { trimSpan, trimSpaces, type Span } from '../../core/span.js'
import { normalizeForMatch } from '../../normalize/normalize.js'
import { agencyOf, isOutlet } from '../../language/agencies.js'
import { findNames } from './person-names.js'

type Role = Credit['role']

/** Cue words of a byline and the role they give (normalized): `كتب` author, `تحرير` editor, `ترجمة` translator. */
export const CUE_ROLES: ReadonlyMap<string, Role> = new Map(
  ([
    ['كتب', 'author'], ['كتبت', 'author'], ['بقلم', 'author'], ['رصد', 'author'], ['تصوير', 'author'], ['رصد وتصوير', 'author'],
    ['حوار', 'author'], ['تقرير', 'author'], ['متابعة', 'author'], ['إعداد', 'editor'], ['اعداد', 'editor'], ['إعداد وتقديم', 'editor'],
    ['تحرير', 'editor'], ['مراجعة', 'editor'], ['ترجمة', 'translator'], ['ترجمه', 'translator'], ['نقله إلى العربية', 'translator'],
  ] as const).map(([k, v]) => [normalizeForMatch(k), v]),
)

/** Parts that name where the copy came from, not who wrote it (`متابعات`, `وكالات`). */
const SOURCE_WORDS = new Set(['متابعات', 'متابعه', 'وكالات', 'خاص', 'الوكالات'].map((w) => normalizeForMatch(w)))

const PART = /[^-–—\u0640:/]+/g

/** What a byline chunk holds once split at its dashes. */
export interface Byline {
  readonly names: Span[]
  readonly agency: string | null
  readonly role: Role
  /** True when every part was a name, an outlet, an agency, a cue or a source word. */
  readonly clean: boolean
  readonly hasOutlet: boolean
}

/**
 * Reads a byline chunk such as `لجين الأحمدي – عين اليوم`, `رصد وتصوير: أحمد حجازي – عين اليوم`,
 * `سبق- متابعة` or `تقرير - منصور الجفن`: names, the agency or outlet, and the role its cue gives.
 */
export function readByline(text: string, chunk: Span): Byline {
  const names: Span[] = []
  let agency: string | null = null
  let outletName: string | null = null
  let role: Role = 'author'
  let clean = true
  const body = text.slice(chunk[0], chunk[1])
  PART.lastIndex = 0
  for (let m = PART.exec(body); m; m = PART.exec(body)) {
    const raw = m[0]
    if (!raw.trim()) continue
    const s = trimSpan(text, [chunk[0] + m.index, chunk[0] + m.index + raw.length])
    if (!s) continue
    const partText = text.slice(s[0], s[1])
    const latin = agencyOf(partText)
    if (latin) {
      if (isOutlet(latin)) outletName ??= latin
      else agency ??= latin
      continue
    }
    const key = normalizeForMatch(partText.replace(/[()]/g, ' '))
    const cue = CUE_ROLES.get(key)
    if (cue) { role = cue; continue }
    if (SOURCE_WORDS.has(key)) continue
    const found = findNames(text, s)
    if (found.length) names.push(...found)
    else clean = false
  }
  return { names, agency: agency ?? outletName, role, clean, hasOutlet: outletName !== null || agency !== null }
}

/** Builds a credit record from a chunk span and what `readByline` found in it. */
export function toCredit(text: string, span: Span, role: Role, names: readonly Span[], agency: string | null): Credit | null {
  const s = trimSpaces(text, span)
  if (!s) return null
  return { span: [s[0], s[1]], role, names: names.map((n) => ({ span: [n[0], n[1]] as [number, number] })), agency }
}
