import { OffsetMap } from '../core/offset-map.js'

/**
 * Orthographic normalisation for matching, in one pass with an offset map back to the text.
 *
 * - hamza and madda on alef, and wasla, become bare alef: `أوكرانيا` → `اوكرانيا`, `إسرائيل` → `اسرائيل`;
 * - alef maqsura becomes yeh (`على` → `علي`), ta marbuta becomes heh (`الدولة` → `الدوله`);
 * - Persian keheh and farsi yeh become Arabic kaf and yeh;
 * - diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel are dropped;
 * - Eastern Arabic and Persian digits become ASCII (`٢٠١٩` → `2019`), `٫` `٬` `٪` become `.` `,` `%`;
 * - presentation forms are unfolded (`ﻻ` → `لا`);
 * - bidi controls, zero-width characters and soft hyphens are dropped; exotic spaces become ' ',
 *   Unicode line and paragraph separators become `\n`;
 * - ASCII letters are lower-cased.
 *
 * `ؤ` and `ئ` are kept: they separate real words (`مسؤول`, `رئيس`); looser keys for names live elsewhere.
 */
export interface Normalized {
  readonly normalized: string
  readonly map: OffsetMap
}

const enum Action {
  Keep = 0,
  DropAttached = 1, // diacritics, tatweel: dropped, the preceding character's end grows over them
  Drop = 2, // invisible marks: dropped, attached to nothing
  Space = 3,
}

/** Replacement for single characters (char code → char code); 0 means keep. */
const REPLACE = new Uint16Array(0x10000)
const ACTION = new Uint8Array(0x10000)

function setRange(from: number, to: number, action: Action): void {
  for (let c = from; c <= to; c++) ACTION[c] = action
}

// Alef forms: آ أ إ ٱ ٲ ٳ → ا
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) REPLACE[c] = 0x0627
REPLACE[0x0649] = 0x064a // ى alef maqsura → ي
REPLACE[0x06cc] = 0x064a // ی farsi yeh → ي
REPLACE[0x0629] = 0x0647 // ة ta marbuta → ه
REPLACE[0x06a9] = 0x0643 // ک keheh → ك
REPLACE[0x06c0] = 0x0647 // ۀ heh with yeh above → ه
for (let d = 0; d < 10; d++) {
  REPLACE[0x0660 + d] = 0x30 + d // ٠-٩
  REPLACE[0x06f0 + d] = 0x30 + d // ۰-۹
}
REPLACE[0x066b] = 0x2e // ٫ Arabic decimal separator → .
REPLACE[0x066c] = 0x2c // ٬ Arabic thousands separator → ,
REPLACE[0x066a] = 0x25 // ٪ Arabic percent → %
for (let c = 0x41; c <= 0x5a; c++) REPLACE[c] = c + 32 // A-Z → a-z
for (const c of [0x85, 0x2028, 0x2029]) REPLACE[c] = 0x0a // next line, line and paragraph separators → \n

setRange(0x064b, 0x065f, Action.DropAttached) // harakat, tanween, shadda, sukun, ...
ACTION[0x0670] = Action.DropAttached // superscript (dagger) alef
setRange(0x06d6, 0x06dc, Action.DropAttached) // Quranic annotation marks
setRange(0x06df, 0x06e4, Action.DropAttached)
setRange(0x06e7, 0x06e8, Action.DropAttached)
setRange(0x06ea, 0x06ed, Action.DropAttached)
ACTION[0x0640] = Action.DropAttached // tatweel (kashida)
setRange(0x200b, 0x200f, Action.Drop) // zero-width space, ZWNJ, ZWJ, LRM, RLM
setRange(0x202a, 0x202e, Action.Drop) // bidi embeddings and overrides
setRange(0x2066, 0x2069, Action.Drop) // bidi isolates
ACTION[0x061c] = Action.Drop // Arabic letter mark
ACTION[0xfeff] = Action.Drop // byte-order mark / zero-width no-break space
ACTION[0x00ad] = Action.Drop // soft hyphen
ACTION[0x2060] = Action.Drop // word joiner
for (const c of [0x09, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) ACTION[c] = Action.Space
setRange(0x2000, 0x200a, Action.Space)

/** True for code units whose normalisation needs NFKC (Arabic presentation forms A and B). */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)
}

/** Normalizes `text` for matching and returns the result with its offset map. Never throws. */
export function normalize(text: string): Normalized {
  const n = text.length
  let cap = n + 16
  let out = new Uint16Array(cap)
  let starts = new Int32Array(cap)
  let ends = new Int32Array(cap)
  let k = 0

  const grow = (need: number): void => {
    if (k + need <= cap) return
    cap = Math.max(cap * 2, k + need)
    const o = new Uint16Array(cap); o.set(out); out = o
    const s = new Int32Array(cap); s.set(starts); starts = s
    const e = new Int32Array(cap); e.set(ends); ends = e
  }

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const action = ACTION[c]!
    if (action === Action.Keep) {
      if (isPresentationForm(c)) {
        // ﻻ (lam-alef ligature) → لا: every unfolded character points at the one original character.
        const unfolded = text[i]!.normalize('NFKC')
        grow(unfolded.length)
        for (let j = 0; j < unfolded.length; j++) {
          const u = unfolded.charCodeAt(j)
          const a = ACTION[u]!
          if (a === Action.DropAttached || a === Action.Drop) continue
          out[k] = a === Action.Space ? 0x20 : REPLACE[u] || u
          starts[k] = i
          ends[k] = i + 1
          k++
        }
        continue
      }
      grow(1)
      out[k] = REPLACE[c] || c
      starts[k] = i
      ends[k] = i + 1
      k++
    } else if (action === Action.DropAttached) {
      if (k > 0 && ends[k - 1] === i) ends[k - 1] = i + 1
    } else if (action === Action.Space) {
      grow(1)
      out[k] = 0x20
      starts[k] = i
      ends[k] = i + 1
      k++
    }
  }
  const normalized = decodeUtf16(out.subarray(0, k))
  return { normalized, map: new OffsetMap(starts.slice(0, k), ends.slice(0, k), n) }
}

const utf16 = new TextDecoder('utf-16le')

/** Turns UTF-16 code units into a string; lone surrogates become U+FFFD (same length). */
function decodeUtf16(units: Uint16Array): string {
  return utf16.decode(units)
}

/**
 * Normalizes a short string (a query, a gazetteer entry, a mention) for matching, without an offset
 * map: the same folding as `normalize`, with runs of spaces collapsed and the ends trimmed.
 */
export function normalizeForMatch(s: string): string {
  // Most strings are normalized already (token forms, gazetteer keys): find the first code unit to change.
  let first = 0
  while (first < s.length) {
    const c = s.charCodeAt(first)
    if (ACTION[c] !== Action.Keep || REPLACE[c] || isPresentationForm(c)) break
    first++
  }
  if (first === s.length) return s.includes('  ') || s !== s.trim() ? s.replace(/ {2,}/g, ' ').trim() : s
  let out = s.slice(0, first)
  let changed = false
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const action = ACTION[c]!
    if (action === Action.Keep) {
      if (isPresentationForm(c)) {
        changed = true
        out += normalize(s[i]!).normalized
        continue
      }
      const r = REPLACE[c]
      if (r) changed = true
      out += String.fromCharCode(r || c)
    } else {
      changed = true
      if (action === Action.Space) out += ' '
    }
  }
  const result = changed ? out : s
  return result.includes('  ') || result !== result.trim() ? result.replace(/ {2,}/g, ' ').trim() : result
}
