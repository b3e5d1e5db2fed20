import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { decodeBytes } from './decode.js'

const seed = readFileSync(new URL('../../examples/seed-article.txt', import.meta.url), 'utf8')
const firstParagraph = seed.split('\n\n')[0]!

/** A single-byte encoder built by inverting TextDecoder over bytes 0–255; throws on a character the code page lacks. */
function singleByteEncoder(label: string): (text: string) => Uint8Array {
  const byChar = new Map<string, number>()
  for (let byte = 255; byte >= 0; byte--) {
    try {
      byChar.set(new TextDecoder(label, { fatal: true }).decode(Uint8Array.of(byte)), byte)
    } catch {
      // unmapped in this code page
    }
  }
  return (text) =>
    Uint8Array.from(Array.from(text, (char) => {
      const byte = byChar.get(char)
      if (byte === undefined) throw new Error(`${label} cannot encode ${char}`)
      return byte
    }))
}

const encodeWindows1256 = singleByteEncoder('windows-1256')
const encodeLatin1 = singleByteEncoder('windows-1252')

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16()
}

test('reads UTF-8 Arabic as utf-8 with no warning', () => {
  const result = decodeBytes(Buffer.from(seed, 'utf8'))
  assert.equal(result.encoding, 'utf-8')
  assert.equal(result.text, seed)
  assert.deepEqual(result.warnings, [])
})

test('strips a UTF-8 BOM from the text', () => {
  const result = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(firstParagraph)]))
  assert.equal(result.encoding, 'utf-8')
  assert.equal(result.text, firstParagraph)
})

test('reads UTF-16LE and UTF-16BE with a BOM, without the BOM in the text', () => {
  const le = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]))
  assert.equal(le.encoding, 'utf-16le')
  assert.equal(le.text, seed)
  const be = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seed)]))
  assert.equal(be.encoding, 'utf-16be')
  assert.equal(be.text, seed)
})

test('detects UTF-16 without a BOM from the 0x06/0x00 high bytes of Arabic', () => {
  const le = decodeBytes(Buffer.from(seed, 'utf16le'))
  assert.equal(le.encoding, 'utf-16le')
  assert.equal(le.text, seed)
  assert.deepEqual(le.warnings, [])
  assert.equal(decodeBytes(utf16be(firstParagraph)).text, firstParagraph)
  // «موسكو» alone has no space, so no 0x00 byte at all: 45 06 48 06 33 06 43 06 48 06.
  assert.equal(decodeBytes(Buffer.from('موسكو', 'utf16le')).text, 'موسكو')
})

test('detects windows-1256 Arabic and round-trips the exact text with no warning', () => {
  const bytes = encodeWindows1256(seed)
  const result = decodeBytes(bytes)
  assert.equal(result.encoding, 'windows-1256')
  assert.equal(result.text, seed)
  assert.deepEqual(result.warnings, [])
})

test('reads a one-word windows-1256 text as Arabic but says it is a guess', () => {
  const result = decodeBytes(encodeWindows1256('موسكو'))
  assert.equal(result.encoding, 'windows-1256')
  assert.equal(result.text, 'موسكو')
  assert.deepEqual(result.warnings.map((w) => w.code), ['encoding-guessed'])
})

test('reads iso-8859-6 Arabic, whose letters sit on other bytes than windows-1256', () => {
  const text = 'زار كبير الدبلوماسيين الكوريين الشماليين الكرملين يوم الاثنين لإجراء محادثات مع الرئيس الروسي'
  const result = decodeBytes(singleByteEncoder('iso-8859-6')(text))
  assert.equal(result.encoding, 'iso-8859-6')
  assert.equal(result.text, text)
})

test('does not mistake Latin-1 French for Arabic', () => {
  // In windows-1256, É (0xC9) is ة and À (0xC0) is ہ: «État» would read «ةtat».
  const french = "L'État français a annoncé mercredi une réforme. À Paris, les syndicats ont réagi : « Ça ne passera pas »."
  const result = decodeBytes(encodeLatin1(french))
  assert.equal(result.encoding, 'windows-1252')
  assert.equal(result.text, french)
  assert.deepEqual(result.warnings.map((w) => w.code), ['encoding-guessed'])
})

test('keeps Arabic windows-1256 text with French words in it as windows-1256', () => {
  const mixed = 'قال الرئيس إيمانويل ماكرون إن «la réforme est nécessaire» خلال مؤتمر صحفي في باريس يوم الثلاثاء'
  const result = decodeBytes(encodeWindows1256(mixed))
  assert.equal(result.encoding, 'windows-1256')
  assert.equal(result.text, mixed)
})

test('keeps a UTF-8 file cut inside a character as UTF-8, with a replacement warning', () => {
  const sentence = 'زار كبير الدبلوماسيين الكوريين الشماليين الكرملين'
  const bytes = Buffer.from(sentence, 'utf8')
  const result = decodeBytes(bytes.subarray(0, bytes.length - 1)) // ن is D9 86; the cut leaves D9
  assert.equal(result.encoding, 'utf-8')
  assert.equal(result.text, sentence.slice(0, -1) + '\uFFFD')
  assert.deepEqual(result.warnings.map((w) => w.code), ['encoding-replaced'])
})

test('rejects a PNG header as binary, saying what it is', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
  assert.throws(() => decodeBytes(png), { name: 'MarsadError', code: 'ERR_BINARY_INPUT', message: /PNG image/ })
})

test('rejects PDF, ZIP and gzip signatures even when the rest is text', () => {
  for (const [magic, name] of [['%PDF-1.7\n', /PDF/], ['PK\x03\x04', /ZIP/], ['\x1f\x8b\x08', /gzip/]] as const) {
    const bytes = Buffer.concat([Buffer.from(magic, 'latin1'), Buffer.from(firstParagraph)])
    assert.throws(() => decodeBytes(bytes), { code: 'ERR_BINARY_INPUT', message: name })
  }
})

test('rejects random bytes with NULs as binary', () => {
  let state = 42
  const bytes = new Uint8Array(4096).map(() => (state = (state * 1103515245 + 12345) >>> 0) >>> 24)
  assert.ok(bytes.includes(0))
  assert.throws(() => decodeBytes(bytes), { code: 'ERR_BINARY_INPUT', message: /NUL byte/ })
})

test('rejects text thick with control bytes as binary, but allows a stray DOS end-of-file byte', () => {
  const controls = Buffer.from('\x01\x02\x03\x04\x05abc\x06\x07', 'latin1')
  assert.throws(() => decodeBytes(controls), { code: 'ERR_BINARY_INPUT', message: /control bytes/ })
  const withEof = Buffer.concat([Buffer.from(firstParagraph), Buffer.from([0x1a])])
  assert.equal(decodeBytes(withEof).text, firstParagraph + '\x1a')
})

test('rejects empty and white-space-only input', () => {
  for (const bytes of [new Uint8Array(0), Buffer.from(' \n\t\r\n'), Buffer.from('\u00A0\u200F\n'), Uint8Array.from([0xef, 0xbb, 0xbf]), Uint8Array.from([0xff, 0xfe, 0x20, 0x00])]) {
    assert.throws(() => decodeBytes(bytes), { code: 'ERR_EMPTY_INPUT' })
  }
})

test('obeys a forced encoding, whatever detection would say', () => {
  const arabic = encodeWindows1256(firstParagraph)
  const asArabic = decodeBytes(arabic, { encoding: 'cp1256' })
  assert.equal(asArabic.encoding, 'windows-1256')
  assert.equal(asArabic.text, firstParagraph)
  const asLatin = decodeBytes(arabic, { encoding: 'latin1' })
  assert.equal(asLatin.encoding, 'windows-1252')
  assert.ok(asLatin.text.startsWith('ãæÓßæ'), asLatin.text.slice(0, 10)) // «موسكو» read as Latin-1 mojibake
  assert.deepEqual(asLatin.warnings, [])
})

test('replaces invalid sequences when UTF-8 is forced, and warns', () => {
  const result = decodeBytes(encodeWindows1256('قال لافروف'), { encoding: 'utf-8' })
  assert.equal(result.encoding, 'utf-8')
  assert.match(result.text, /\uFFFD/)
  assert.deepEqual(result.warnings.map((w) => w.code), ['encoding-replaced'])
})

test('rejects an unknown encoding label, listing valid ones', () => {
  assert.throws(() => decodeBytes(Buffer.from(firstParagraph), { encoding: 'arabic-ish' }), {
    code: 'ERR_UNKNOWN_ENCODING',
    message: /'arabic-ish'.*windows-1256/,
  })
})

test('rejects UTF-32, which TextDecoder cannot read, with a way out', () => {
  const utf32 = Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x45, 0x06, 0x00, 0x00])
  assert.throws(() => decodeBytes(utf32), { code: 'ERR_UNKNOWN_ENCODING', message: /iconv/ })
})
