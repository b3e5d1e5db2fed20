/** Character classes of normalized text, used by the tokenizer and the stages. */

/** True for Arabic-script letters (basic block, extended letters, Arabic Supplement). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9)
  )
}

/** True for Latin letters, ASCII and Latin-1/Extended (French and Turkish names in Arabic news). */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
}

/** True for ASCII digits (normalized text has no other digits). */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** True for white space, including newlines. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c
}

/** True for combining marks that may remain inside a Latin word (é written as e + U+0301). */
export function isCombiningMark(c: number): boolean {
  return c >= 0x0300 && c <= 0x036f
}
