/**
 * Turns the bytes of an input file into text. Order of evidence: a byte-order
 * mark, then the shape of UTF-16 without a mark, then strict UTF-8, then the
 * legacy Arabic code pages (windows-1256, iso-8859-6) weighed against
 * windows-1252. Binary and empty input throw; a doubtful choice becomes a warning.
 */
import { MarsadError } from '../core/errors.js'
import { type Warning, warning } from '../core/warning.js'

/** Decoded text, the WHATWG name of the encoding used, and what was doubtful about it. */
export interface DecodedText {
  text: string
  encoding: string
  warnings: Warning[]
}

/** How much of the start of the input the binary and UTF-16 sniffers look at. */
const SNIFF_BYTES = 64 * 1024

/** Labels suggested when a forced encoding is unknown. */
const SUGGESTED_LABELS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6', 'windows-1252', 'iso-8859-1']

/**
 * Decodes input bytes to text; `options.encoding` (a WHATWG label) forces the
 * encoding, otherwise it is detected. A BOM is never part of the text.
 * Throws MarsadError ERR_EMPTY_INPUT (nothing but white space), ERR_BINARY_INPUT
 * (a known file signature, NUL bytes outside UTF-16, many control bytes) or
 * ERR_UNKNOWN_ENCODING (a forced label TextDecoder does not know, or UTF-32).
 */
export function decodeBytes(bytes: Uint8Array, options: { encoding?: string } = {}): DecodedText {
  if (!(bytes instanceof Uint8Array)) {
    throw new MarsadError('ERR_INVALID_ARGUMENT', 'decodeBytes expects a Uint8Array (a Buffer is fine)')
  }
  const forced = options.encoding === undefined ? undefined : canonicalEncoding(options.encoding)
  if (bytes.length === 0) throw emptyInput()
  const decoded = forced ? decodeForced(bytes, forced) : detectAndDecode(bytes)
  if (!hasVisibleText(decoded.text)) throw emptyInput()
  return decoded
}

function decodeForced(bytes: Uint8Array, encoding: string): DecodedText {
  rejectKnownFormat(bytes)
  if (!encoding.startsWith('utf-16')) rejectBinaryBytes(bytes)
  return decodeOrReplace(bytes, encoding, [])
}

function detectAndDecode(bytes: Uint8Array): DecodedText {
  const bom = sniffBom(bytes)
  if (bom) return decodeOrReplace(bytes, bom, [])
  rejectKnownFormat(bytes)
  const utf16 = sniffUtf16(bytes)
  if (utf16) return decodeOrReplace(bytes, utf16, [])
  rejectBinaryBytes(bytes)

  const utf8 = tryDecode(bytes, 'utf-8')
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings: [] }
  // A UTF-8 file cut in the middle of a character, or with a few damaged
  // bytes, is still UTF-8: most of its high bytes form valid sequences.
  const { multiByte, invalid } = scanUtf8(bytes)
  if (multiByte >= invalid * 20) return decodeOrReplace(bytes, 'utf-8', [])
  return decodeLegacy(bytes)
}

/**
 * Chooses among single-byte code pages. Arabic ones win only on evidence
 * from the decoded letters; anything else is read as windows-1252 with a warning.
 */
function decodeLegacy(bytes: Uint8Array): DecodedText {
  let best: { text: string; encoding: string; evidence: ArabicEvidence } | null = null
  for (const encoding of ['windows-1256', 'iso-8859-6']) {
    const text = tryDecode(bytes, encoding)
    if (text === null) continue // iso-8859-6 leaves many bytes unmapped, e.g. 0xDF (ك in windows-1256)
    const evidence = weighArabic(text)
    if (!best || evidence.plausible - evidence.implausible > best.evidence.plausible - best.evidence.implausible) {
      best = { text, encoding, evidence }
    }
  }
  if (best) {
    const { plausible, implausible } = best.evidence
    if (plausible >= 10 && implausible * 20 <= plausible) return { text: best.text, encoding: best.encoding, warnings: [] }
    if (plausible >= 2 && implausible * 3 <= plausible) {
      const message =
        `The input is not UTF-8; read it as ${best.encoding} (Arabic) on thin evidence ` +
        `(${plausible} Arabic letters in words, ${implausible} out of place). ` +
        'If the text looks wrong, give the encoding explicitly.'
      return { text: best.text, encoding: best.encoding, warnings: [warning('encoding-guessed', message)] }
    }
  }
  const message =
    'The input is neither UTF-8 nor Arabic windows-1256; read it as windows-1252 (Western European). ' +
    'If the text looks wrong, give the encoding explicitly.'
  return decodeOrReplace(bytes, 'windows-1252', [warning('encoding-guessed', message)])
}

/** The WHATWG name behind a label: `cp1256` → `windows-1256`, `latin1` → `windows-1252`. */
function canonicalEncoding(label: string): string {
  try {
    return new TextDecoder(String(label).trim()).encoding
  } catch {
    throw new MarsadError(
      'ERR_UNKNOWN_ENCODING',
      `Unknown encoding '${label}'. Use a WHATWG encoding label such as ${SUGGESTED_LABELS.join(', ')}.`,
    )
  }
}

/** Decodes strictly; on invalid sequences decodes again with U+FFFD and says so. */
function decodeOrReplace(bytes: Uint8Array, encoding: string, warnings: Warning[]): DecodedText {
  const strict = tryDecode(bytes, encoding)
  if (strict !== null) return { text: strict, encoding, warnings }
  const text = new TextDecoder(encoding).decode(bytes)
  const replaced = countReplacements(text)
  const message =
    `The input is not valid ${encoding}: ${replaced} damaged byte sequence${replaced === 1 ? ' was' : 's were'} replaced by U+FFFD (\uFFFD). ` +
    'If most of the text looks wrong, give the right encoding explicitly.'
  return { text, encoding, warnings: [...warnings, warning('encoding-replaced', message)] }
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function countReplacements(text: string): number {
  let count = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++
  return count
}

/** Anything but white space, zero-width and bidi marks (U+200B–U+200F, U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF, U+061C). */
const VISIBLE = /[^\s\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C]/

function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text)
}

function emptyInput(): MarsadError {
  return new MarsadError('ERR_EMPTY_INPUT', 'The input holds no text (it is empty or only white space). Check that the right file was given.')
}

function sniffBom(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes
  // UTF-32 LE starts FF FE 00 00, so test it before the UTF-16 LE mark FF FE.
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    throw new MarsadError(
      'ERR_UNKNOWN_ENCODING',
      'The input is UTF-32, which Marsad does not read. Convert it first, e.g. `iconv -f UTF-32 -t UTF-8 in.txt > out.txt`.',
    )
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8'
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le'
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be'
  return null
}

/**
 * Detects UTF-16 without a BOM from its high bytes, which name the Unicode
 * block and so take very few values: `مرحبا بكم` in UTF-16LE is
 * `45 06 31 06 … 20 00 …`, high bytes 0x06 (Arabic) and 0x00 (space, digits).
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1
  if (length < 2) return null
  const even = new Uint32Array(256)
  const odd = new Uint32Array(256)
  for (let i = 0; i < length; i += 2) {
    even[bytes[i]!]!++
    odd[bytes[i + 1]!]!++
  }
  const units = length / 2
  if (looksLikeHighBytes(odd, even, units)) return 'utf-16le'
  if (looksLikeHighBytes(even, odd, units)) return 'utf-16be'
  return null
}

/**
 * True when one byte column holds UTF-16 high bytes: its two commonest values
 * cover 90% of units, the commonest is a script block up to Arabic (0x00–0x07),
 * and the other column is hardly ever zero (a low byte is 0 only for U+0000, U+0600…).
 */
function looksLikeHighBytes(high: Uint32Array, low: Uint32Array, units: number): boolean {
  let first = 0
  let second = 0
  let firstValue = -1
  for (let value = 0; value < 256; value++) {
    const count = high[value]!
    if (count > first) {
      second = first
      first = count
      firstValue = value
    } else if (count > second) {
      second = count
    }
  }
  return firstValue <= 0x07 && (first + second) >= units * 0.9 && low[0]! <= units * 0.05
}

/** File signatures of common non-text formats, with what to do instead; `null` matches any byte. */
const SIGNATURES: readonly { readonly name: string; readonly offset: number; readonly magic: readonly (number | null)[]; readonly advice: string }[] = [
  { name: 'a PDF document', offset: 0, magic: ascii('%PDF-'), advice: 'extract its text first (e.g. `pdftotext file.pdf file.txt`) and pass the .txt file' },
  { name: 'a ZIP archive (or a .docx, .xlsx, .odt or .epub document)', offset: 0, magic: [0x50, 0x4b, 0x03, 0x04], advice: 'save the document as plain text or HTML, or unzip the archive, and pass that file' },
  { name: 'an old Microsoft Office document (.doc, .xls)', offset: 0, magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], advice: 'save it as plain text (.txt) and pass that file' },
  { name: 'a PNG image', offset: 0, magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], advice: 'Marsad reads text, not pictures; run OCR first if the article is a scan' },
  { name: 'a JPEG image', offset: 0, magic: [0xff, 0xd8, 0xff], advice: 'Marsad reads text, not pictures; run OCR first if the article is a scan' },
  { name: 'a GIF image', offset: 0, magic: ascii('GIF87a'), advice: 'Marsad reads text, not pictures' },
  { name: 'a GIF image', offset: 0, magic: ascii('GIF89a'), advice: 'Marsad reads text, not pictures' },
  { name: 'a WebP image', offset: 0, magic: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], advice: 'Marsad reads text, not pictures' },
  { name: 'a TIFF image', offset: 0, magic: [0x49, 0x49, 0x2a, 0x00], advice: 'Marsad reads text, not pictures; run OCR first if the article is a scan' },
  { name: 'a TIFF image', offset: 0, magic: [0x4d, 0x4d, 0x00, 0x2a], advice: 'Marsad reads text, not pictures; run OCR first if the article is a scan' },
  { name: 'an MP4 or QuickTime file', offset: 4, magic: ascii('ftyp'), advice: 'Marsad reads text, not media files' },
  { name: 'a gzip-compressed file', offset: 0, magic: [0x1f, 0x8b], advice: 'decompress it first (`gunzip file.gz`) and pass the result' },
  { name: 'a bzip2-compressed file', offset: 0, magic: [...ascii('BZh'), null, ...ascii('1AY&SY')], advice: 'decompress it first (`bunzip2 file.bz2`) and pass the result' },
  { name: 'an xz-compressed file', offset: 0, magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], advice: 'decompress it first (`unxz file.xz`) and pass the result' },
  { name: 'a Zstandard-compressed file', offset: 0, magic: [0x28, 0xb5, 0x2f, 0xfd], advice: 'decompress it first (`zstd -d file.zst`) and pass the result' },
  { name: 'a 7-Zip archive', offset: 0, magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], advice: 'extract it first and pass the text file inside' },
  { name: 'a RAR archive', offset: 0, magic: [...ascii('Rar!'), 0x1a, 0x07], advice: 'extract it first and pass the text file inside' },
  { name: 'an SQLite database', offset: 0, magic: [...ascii('SQLite format 3'), 0x00], advice: 'export the articles as JSONL and pass that file' },
  { name: 'an executable program', offset: 0, magic: [0x7f, ...ascii('ELF')], advice: 'pass a text, HTML or JSON file' },
]

function ascii(signature: string): number[] {
  return Array.from(signature, (c) => c.charCodeAt(0))
}

/** Throws ERR_BINARY_INPUT when the input starts with the signature of a known non-text format. */
function rejectKnownFormat(bytes: Uint8Array): void {
  for (const { name, offset, magic, advice } of SIGNATURES) {
    if (bytes.length >= offset + magic.length && magic.every((b, i) => b === null || bytes[offset + i] === b)) {
      throw new MarsadError('ERR_BINARY_INPUT', `The input looks like ${name}, not text: ${advice}.`)
    }
  }
}

/**
 * Throws ERR_BINARY_INPUT for NUL bytes or many C0 control bytes; text has
 * only tab, newlines and form feed. Not for UTF-16, where every ASCII
 * character has a 0x00 byte.
 */
function rejectBinaryBytes(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new MarsadError(
      'ERR_BINARY_INPUT',
      `The input looks like binary data, not text (NUL byte at offset ${nul}). ` +
        'Pass a text, HTML or JSON file; if it is UTF-16 text without a BOM, give the encoding explicitly (utf-16le or utf-16be).',
    )
  }
  const sample = bytes.subarray(0, SNIFF_BYTES)
  let controls = 0
  for (const b of sample) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++
  }
  if (controls >= 4 && controls >= sample.length * 0.03) {
    throw new MarsadError(
      'ERR_BINARY_INPUT',
      `The input looks like binary data, not text (${controls} control bytes in the first ${sample.length}). Pass a text, HTML or JSON file.`,
    )
  }
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that start none (RFC 3629 ranges: no overlongs, no surrogates). */
function scanUtf8(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0
  let invalid = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let trail: number
    let low = 0x80
    let high = 0xbf
    if (b >= 0xc2 && b <= 0xdf) trail = 1
    else if (b >= 0xe0 && b <= 0xef) {
      trail = 2
      if (b === 0xe0) low = 0xa0
      if (b === 0xed) high = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      trail = 3
      if (b === 0xf0) low = 0x90
      if (b === 0xf4) high = 0x8f
    } else {
      invalid++
      i++
      continue
    }
    let ok = i + trail < bytes.length && bytes[i + 1]! >= low && bytes[i + 1]! <= high
    for (let k = 2; ok && k <= trail; k++) ok = bytes[i + k]! >= 0x80 && bytes[i + k]! <= 0xbf
    if (ok) {
      multiByte++
      i += trail + 1
    } else {
      invalid++
      i++
    }
  }
  return { multiByte, invalid }
}

/** Arabic letters that sit in plausible words, against Arabic characters out of place. */
interface ArabicEvidence {
  plausible: number
  implausible: number
}

/**
 * Weighs a single-byte decoding as Arabic. Letters in runs of two or more,
 * bounded by spaces, digits or punctuation, are plausible (`السلام عليكم`).
 * Implausible: a run touching a Latin letter (French `État` read as
 * windows-1256 gives `ةtat`; German `Mädchen` gives `Mنdchen`), a lone
 * letter (`À la` gives `ہ la`), and a vowel mark with no letter before it.
 */
function weighArabic(text: string): ArabicEvidence {
  let plausible = 0
  let implausible = 0
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (!isArabicLetter(c) && !isArabicMark(c)) {
      i++
      continue
    }
    const start = i
    let letters = 0
    while (i < text.length) {
      const d = text.charCodeAt(i)
      if (isArabicLetter(d)) letters++
      else if (!isArabicMark(d)) break
      i++
    }
    const touchesLatin = (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) || (i < text.length && isLatinLetter(text.charCodeAt(i)))
    if (touchesLatin || letters < 2) implausible += Math.max(letters, 1)
    else plausible += letters
    if (isArabicMark(c) && c !== 0x0640) implausible++ // a vowel mark must follow a letter
  }
  return { plausible, implausible }
}

/** Arabic letters in the ranges single-byte code pages reach: U+0621–U+064A (less tatweel) and U+0671–U+06D5. */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d5)
}

/** Tatweel U+0640, harakat U+064B–U+0652 and the dagger alef U+0670: they live inside Arabic words. */
function isArabicMark(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x0652) || c === 0x0670
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
}
