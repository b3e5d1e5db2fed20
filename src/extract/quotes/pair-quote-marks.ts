/**
 * Pairs quote marks in raw text, the way Arabic news writes them: `«…»`, `“…”`, `"…"`, `‹…›`,
 * `‘…’`, `'…'` and `''…''`, mixed and mismatched (`و”القضاء على السبب الجذري”` opens with a
 * closing mark), nested (`«قال لي "لا"»`) or never closed.
 *
 * Whether a mark opens or closes is read from what touches it: a mark after a space (or after a
 * one-letter proclitic, `بـ"الاعتداء"`) and before a letter opens; a mark after a letter and before
 * a space or punctuation closes. Guillemets keep their own direction unless the context says the
 * writer reversed them (`»نعم«`).
 *
 * `قال: "نعم. سنفعل" ثم` → one quote over `نعم. سنفعل`; an unclosed `قال: "نعم` is cut at its
 * paragraph end, never at the article's.
 */

/** A pair of quote marks (or an opener cut at its paragraph end). Offsets index the raw text. */
export interface QuotedSegment {
  /** Index of the opening mark. */
  readonly open: number
  /** Code units of the opening mark (2 for `''`). */
  readonly openLength: number
  /** Index of the closing mark, or -1 when the quote was never closed. */
  readonly close: number
  readonly closeLength: number
  /** The quoted text between the marks, untrimmed: `[open + openLength, close)` or to the paragraph end. */
  readonly inner: readonly [number, number]
  /** How many other quotes enclose this one (0 for a top-level quote). */
  depth: number
}

const enum Family {
  Angle = 1, // « »
  Curly = 2, // “ ” „ ‟
  Straight = 3, // "
  SingleAngle = 4, // ‹ ›
  Single = 5, // ‘ ’ '
}

const enum Role {
  Open = 1,
  Close = 2,
  Either = 3,
}

interface Mark {
  readonly at: number
  readonly length: number
  readonly family: Family
  readonly role: Role
}

const MARK_CHARS = /[«»“”„‟"'‹›‘’]/g

const FAMILY: Record<string, Family> = {
  '«': Family.Angle, '»': Family.Angle, '“': Family.Curly, '”': Family.Curly, '„': Family.Curly, '‟': Family.Curly,
  '"': Family.Straight, '‹': Family.SingleAngle, '›': Family.SingleAngle, '‘': Family.Single, '’': Family.Single, "'": Family.Single,
}

/** Letters that attach in front of a word (`و`, `ف`, `ب`, `ل`, `ك`) and tatweel after them (`بـ`). */
function isProcliticBefore(text: string, i: number): boolean {
  let j = i - 1
  if (text.charCodeAt(j) === 0x0640) j-- // ـ tatweel: `بـ"…"`, `الـ"…"`
  const c = text[j]
  if (c === undefined) return false
  if (c === 'ل' && text[j - 1] === 'ا' && isBoundary(text, j - 2)) return true // الـ"…"
  return 'وفبلك'.includes(c) && isBoundary(text, j - 1)
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200f) || c === 0x202f
}

/** True at the text edge, on white space, or on punctuation that may precede an opening mark. */
function isBoundary(text: string, i: number): boolean {
  if (i < 0) return true
  const c = text.charCodeAt(i)
  return isSpaceCode(c) || '([{:،,;؛-–—/'.includes(text[i]!) || c === 0x200f || c === 0x061c
}

/** True at the text edge, on white space, or on punctuation that may follow a closing mark. */
function isTrailer(text: string, i: number): boolean {
  if (i >= text.length) return true
  const c = text.charCodeAt(i)
  return isSpaceCode(c) || '.,،:;؛!?؟)]}…-–—/'.includes(text[i]!)
}

function isLetterOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c)
}

function isArabic(c: string | undefined): boolean {
  return c !== undefined && c >= '\u0600' && c <= '\u06ff'
}

/** Finds the quote marks of `text` and decides, from their context, whether each opens or closes. */
function readMarks(text: string): Mark[] {
  const marks: Mark[] = []
  MARK_CHARS.lastIndex = 0
  for (let m = MARK_CHARS.exec(text); m; m = MARK_CHARS.exec(text)) {
    const at = m.index
    let ch = m[0]
    let length = 1
    if (ch === "'" && text[at + 1] === "'") {
      ch = '"' // '' written for a double quote
      length = 2
      MARK_CHARS.lastIndex = at + 2
    }
    const family = FAMILY[ch]!
    const before = text[at - 1]
    const after = text[at + length]
    const opensHere = (isBoundary(text, at - 1) || isProcliticBefore(text, at) || isOpeningMark(before)) && !isTrailer(text, at + length)
    const closesHere = !isBoundary(text, at - 1) && (isTrailer(text, at + length) || isClosingMark(after))
    if (family === Family.Single && length === 1) {
      // An apostrophe inside a word (O'Brien) or after a number (63') is not a quote mark.
      if (isLetterOrDigit(before) && isLetterOrDigit(after)) continue
      if (!(opensHere && isArabic(after)) && !(closesHere && isArabic(before))) continue
    }
    let role: Role
    if (ch === '«' || ch === '‹' || ch === '„') role = closesHere && !opensHere ? Role.Close : Role.Open
    else if (ch === '»' || ch === '›') role = opensHere && !closesHere ? Role.Open : Role.Close
    else if (opensHere && !closesHere) role = Role.Open
    else if (closesHere && !opensHere) role = Role.Close
    else role = Role.Either
    marks.push({ at, length, family, role })
  }
  return marks
}

function isOpeningMark(c: string | undefined): boolean {
  return c !== undefined && '«“„‟"‹‘\'('.includes(c)
}

function isClosingMark(c: string | undefined): boolean {
  return c !== undefined && '»”“"›’\')'.includes(c)
}

/** Families that may close each other when a writer mixes marks (`«…”`, `“…"`). */
function isDouble(f: Family): boolean {
  return f === Family.Angle || f === Family.Curly || f === Family.Straight
}

/** How many paragraph breaks a quote may run across before its closing mark. */
const MAX_PARAGRAPHS = 2

interface Pending {
  readonly mark: Mark
  readonly paragraph: number
}

/**
 * Pairs the quote marks of `text`. Returns every quoted segment in order of its opening mark,
 * with `depth` > 0 for quotes inside quotes. `maxLength` caps a quote's length in code units;
 * a quote that would run longer is cut at its paragraph end.
 */
export function pairQuoteMarks(text: string, maxLength = 20_000): QuotedSegment[] {
  const marks = readMarks(text)
  if (marks.length === 0) return []
  const out: QuotedSegment[] = []
  const stack: Pending[] = []
  // Paragraph number of each mark: count line breaks as we go.
  let paragraph = 0
  let scanned = 0
  const paragraphEnd = (i: number): number => {
    const e = text.indexOf('\n', i)
    return e < 0 ? text.length : e
  }
  const cut = (p: Pending): void => {
    const start = p.mark.at + p.mark.length
    out.push({ open: p.mark.at, openLength: p.mark.length, close: -1, closeLength: 0, inner: [start, Math.min(paragraphEnd(start), start + maxLength)], depth: 0 })
  }
  const close = (p: Pending, m: Mark): void => {
    out.push({ open: p.mark.at, openLength: p.mark.length, close: m.at, closeLength: m.length, inner: [p.mark.at + p.mark.length, m.at], depth: 0 })
  }

  for (const m of marks) {
    for (; scanned < m.at; scanned++) if (text.charCodeAt(scanned) === 0x0a) paragraph++
    // Openers left from earlier paragraphs: one more than MAX_PARAGRAPHS back was never closed,
    // and so was one whose family opens again here (each paragraph of a long quote reopens it).
    for (let k = 0; k < stack.length; k++) {
      const p = stack[k]!
      const reopened = m.role !== Role.Close && (p.mark.family === m.family || (isDouble(p.mark.family) && isDouble(m.family)))
      if (p.paragraph < paragraph && (reopened || paragraph - p.paragraph > MAX_PARAGRAPHS)) {
        for (const q of stack.splice(k)) cut(q)
        break
      }
    }
    const top = findCloser(stack, m, paragraph, text)
    if (top >= 0) {
      const p = stack[top]!
      // Openers above the one closed were never closed: cut them at their paragraph end.
      for (const q of stack.splice(top + 1)) cut(q)
      stack.pop()
      close(p, m)
      continue
    }
    if (m.role === Role.Close) continue // a stray closing mark
    stack.push({ mark: m, paragraph })
  }
  for (const p of stack) cut(p)
  // Drop quotes past the length cap, order by opening mark, then mark nesting.
  const kept = out
    .map((q) => (q.inner[1] - q.inner[0] > maxLength ? { ...q, close: -1, closeLength: 0, inner: [q.inner[0], Math.min(paragraphEnd(q.inner[0]), q.inner[0] + maxLength)] as const } : q))
    .filter((q) => q.inner[1] > q.inner[0])
    .sort((a, b) => a.open - b.open)
  const open: QuotedSegment[] = []
  for (const q of kept) {
    while (open.length && open[open.length - 1]!.inner[1] <= q.open) open.pop()
    q.depth = open.length
    open.push(q)
  }
  return kept
}

/**
 * Index in `stack` of the opener that mark `m` closes, or -1 when `m` opens a quote (or closes nothing).
 * An ambiguous mark closes a pending opener of its family in the same paragraph and opens otherwise;
 * only a mark that clearly closes may close a quote opened in an earlier paragraph.
 */
function findCloser(stack: Pending[], m: Mark, paragraph: number, text: string): number {
  if (m.role === Role.Open) return -1
  for (let k = stack.length - 1; k >= 0; k--) {
    const p = stack[k]!
    const sameFamily = p.mark.family === m.family
    if (!sameFamily && !(isDouble(p.mark.family) && isDouble(m.family) && k === stack.length - 1)) continue
    if (p.paragraph < paragraph && m.role !== Role.Close) return -1
    if (m.role === Role.Either && p.mark.at + p.mark.length === m.at) return -1 // `""` empty
    if (!sameFamily && m.role !== Role.Close) return -1
    if (text.slice(p.mark.at + p.mark.length, m.at).trim() === '') return -1
    return k
  }
  return -1
}
