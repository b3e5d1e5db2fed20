import assert from 'node:assert/strict'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { after, before, test } from 'node:test'
import { parseJsonlLine, readArticleFile, readJsonlLines } from './read-input.js'
import { SHARED } from '../../test/shared.js'

const seedPath = fileURLToPath(new URL('../../examples/seed-article.txt', import.meta.url))
const seed = readFileSync(seedPath, 'utf8')
const pagePath = fileURLToPath(new URL('../../test/fixtures/ingest/arabic-news-page/input.html', import.meta.url))
const corpusPath = join(SHARED, 'data', 'news-corpus', 'articles-01.jsonl')

let dir = ''
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marsad-ingest-'))
})
after(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

/** windows-1256 bytes, by inverting TextDecoder over bytes 0–255. */
function encodeWindows1256(text: string): Uint8Array {
  const byChar = new Map<string, number>()
  for (let byte = 255; byte >= 0; byte--) byChar.set(new TextDecoder('windows-1256').decode(Uint8Array.of(byte)), byte)
  return Uint8Array.from(Array.from(text, (char) => byChar.get(char) ?? 0x3f))
}

async function collect(stream: NodeJS.ReadableStream): Promise<{ line: string; lineNumber: number }[]> {
  const lines = []
  for await (const line of readJsonlLines(stream)) lines.push(line)
  return lines
}

test('reads a UTF-8 .txt file exactly as given, with no metadata', async () => {
  const article = await readArticleFile(seedPath)
  assert.deepEqual(article, { text: seed, title: null, url: null, outlet: null, published: null, warnings: [] })
})

test('reads a windows-1256 .txt file back to the same Arabic text', async () => {
  const path = await writeTemp('seed-1256.txt', encodeWindows1256(seed))
  const article = await readArticleFile(path)
  assert.equal(article.text, seed)
  assert.deepEqual(article.warnings, [])
})

test('reads an .html page into its story text and metadata', async () => {
  const article = await readArticleFile(pagePath)
  assert.ok(article.text.startsWith('موسكو (أ ف ب) – زار كبير الدبلوماسيين'))
  assert.ok(!article.text.includes('الرئيسية'))
  assert.equal(article.title, 'وزيرة خارجية كوريا الشمالية تزور الكرملين وتلتقي بوتين')
  assert.equal(article.published, '2025-10-28T09:30:00+03:00')
  assert.equal(article.outlet, 'صحيفة المثال')
  assert.deepEqual(article.warnings, [])
})

test('trusts <meta charset="windows-1256"> over a thin guess', async () => {
  // «كيم» alone is too little evidence for the detector, so only the declared charset makes this certain.
  const page = (head: string) => `<html dir="rtl"><head>${head}<title>كيم</title></head><body><p>كيم</p></body></html>`
  const guessed = await readArticleFile(await writeTemp('guessed.html', encodeWindows1256(page(''))))
  assert.equal(guessed.text, 'كيم')
  assert.deepEqual(guessed.warnings.map((w) => w.code), ['encoding-guessed'])
  const declared = await readArticleFile(await writeTemp('declared.htm', encodeWindows1256(page('<meta charset="windows-1256">'))))
  assert.equal(declared.text, 'كيم')
  assert.equal(declared.title, 'كيم')
  assert.deepEqual(declared.warnings, [])
})

test('keeps plainly Arabic windows-1256 bytes even when the page wrongly declares iso-8859-1', async () => {
  const story = seed.split('\n\n').slice(0, 3).map((p) => `<p>${p}</p>`).join('')
  const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><article>${story}</article></body></html>`
  const article = await readArticleFile(await writeTemp('misdeclared.html', encodeWindows1256(page)))
  assert.equal(article.text, seed.split('\n\n').slice(0, 3).join('\n\n'))
  assert.deepEqual(article.warnings, [])
})

test('sniffs HTML in a file with an unknown extension, and reads other unknown files as text', async () => {
  const html = await readArticleFile(await writeTemp('page.download', readFileSync(pagePath)))
  assert.equal(html.outlet, 'صحيفة المثال')
  assert.ok(!html.text.includes('<p>'))
  const text = await readArticleFile(await writeTemp('article', '{أ ف ب} موسكو – زار كبير الدبلوماسيين الكرملين'))
  assert.equal(text.text, '{أ ف ب} موسكو – زار كبير الدبلوماسيين الكرملين')
})

test('obeys a forced format and a forced encoding', async () => {
  const path = await writeTemp('page-as-text.txt', '<p>وقال لافروف:<br>“هذه الأعمال البطولية”</p>')
  assert.equal((await readArticleFile(path)).text, '<p>وقال لافروف:<br>“هذه الأعمال البطولية”</p>')
  assert.equal((await readArticleFile(path, { format: 'html' })).text, 'وقال لافروف:\n“هذه الأعمال البطولية”')
  const latin = await readArticleFile(await writeTemp('kim.txt', encodeWindows1256('كيم جونغ أون')), { encoding: 'windows-1252' })
  assert.equal(latin.text, 'ßíã ÌæäÛ Ãæä')
})

test('reads a .json file holding one article object', async () => {
  const json = JSON.stringify({ id: 7, text: seed, date: '2025-10-28', title: 'بوتين يلتقي وزيرة خارجية كوريا الشمالية', outlet: 'AP' }, null, 2)
  const article = await readArticleFile(await writeTemp('article.json', json))
  assert.deepEqual(article, {
    id: '7',
    text: seed,
    title: 'بوتين يلتقي وزيرة خارجية كوريا الشمالية',
    url: null,
    outlet: 'AP',
    published: '2025-10-28',
    warnings: [],
  })
  await assert.rejects(readArticleFile(await writeTemp('broken.json', '{"text": "كيم",}')), { code: 'ERR_BAD_JSON', message: /broken\.json: not valid JSON/ })
})

test('reports a missing file, a directory and a binary file with the path', async () => {
  const missing = join(dir, 'no-such-article.txt')
  await assert.rejects(readArticleFile(missing), { code: 'ERR_FILE_NOT_FOUND', message: new RegExp(`File not found: ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
  const folder = join(dir, 'folder.txt')
  await mkdir(folder)
  await assert.rejects(readArticleFile(folder), { code: 'ERR_FILE_UNREADABLE', message: /is a directory; pass a file/ })
  const png = await writeTemp('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
  await assert.rejects(readArticleFile(png), { code: 'ERR_BINARY_INPUT', message: /photo\.txt: .*PNG/ })
  await assert.rejects(readArticleFile(await writeTemp('blank.txt', '\n  \n')), { code: 'ERR_EMPTY_INPUT' })
})

test('parses a JSONL line shaped like the news corpus: numeric id, date for published', () => {
  const line = JSON.stringify({ id: 12, outlet: 'Sky News Arabia', date: '2018-07-31T10:44:25+00:00', title: '', url: 'https://www.example.com/a', text: paragraphOf(seed) })
  assert.deepEqual(parseJsonlLine(line, 3), {
    id: '12',
    text: paragraphOf(seed),
    title: null,
    url: 'https://www.example.com/a',
    outlet: 'Sky News Arabia',
    published: '2018-07-31T10:44:25+00:00',
    warnings: [],
  })
})

test('lets published win over date, and warns about an unreadable date', () => {
  assert.equal(parseJsonlLine('{"id": "a", "text": "نص", "published": "2025-10-28", "date": "2015-01-01"}', 1).published, '2025-10-28')
  const bad = parseJsonlLine('{"id": "a", "text": "نص", "date": "الثلاثاء الماضي"}', 9)
  assert.equal(bad.published, null)
  assert.deepEqual(bad.warnings.map((w) => w.code), ['bad-published'])
  assert.match(bad.warnings[0]!.message, /^line 9: /)
})

test('rejects a bad JSONL line with ERR_BAD_JSON naming the line and the problem', () => {
  const cases: [string, RegExp][] = [
    ['{"id": "a", "text": ', /^line 7: not valid JSON/],
    ['["a", "b"]', /^line 7: expected a JSON object .* got an array$/],
    ['{"id": "a"}', /^line 7: "text" is missing$/],
    ['{"id": "a", "text": 5}', /^line 7: "text" must be a string, not a number$/],
    ['{"text": "نص"}', /^line 7: "id" is missing/],
    ['{"id": " ", "text": "نص"}', /^line 7: "id" is empty/],
    ['{"id": {"n": 1}, "text": "نص"}', /^line 7: "id" must be a string or a number, not an object$/],
    ['{"id": "a", "text": "نص", "title": 3}', /^line 7: "title" must be a string or null, not a number$/],
  ]
  for (const [line, message] of cases) assert.throws(() => parseJsonlLine(line, 7), { name: 'MarsadError', code: 'ERR_BAD_JSON', message }, line)
})

test('streams JSONL lines with their file line numbers, skipping blank lines, across CRLF, a BOM and split chunks', async () => {
  const bytes = Buffer.from('\uFEFF{"id": 1, "text": "موسكو"}\r\n\r\n   \n{"id": 2, "text": "كيم جونغ أون"}\n{"id": 3, "text": "سيول"}', 'utf8')
  // Cut inside «موسكو» and inside «كيم», so multi-byte characters straddle chunks.
  const chunks = [bytes.subarray(0, 24), bytes.subarray(24, 70), bytes.subarray(70)]
  const lines = await collect(Readable.from(chunks))
  assert.deepEqual(lines.map((l) => l.lineNumber), [1, 4, 5])
  assert.deepEqual(lines.map((l) => parseJsonlLine(l.line, l.lineNumber).text), ['موسكو', 'كيم جونغ أون', 'سيول'])
})

test('reads JSONL lazily: stopping early leaves the rest of the stream unread', async () => {
  let produced = 0
  const source = Readable.from((function* () {
    for (; produced < 100_000; ) {
      produced++
      yield `{"id": ${produced}, "text": "${paragraphOf(seed)}"}\n`
    }
  })(), { highWaterMark: 4 })
  for await (const { lineNumber } of readJsonlLines(source)) if (lineNumber === 3) break
  source.destroy()
  // readline queues up to about a thousand lines before it pauses the input; the rest stays unread.
  assert.ok(produced < 5000, `read ${produced} of 100000 lines to yield 3`)
})

test('parses every line of the news corpus', { skip: !existsSync(corpusPath) && 'corpus not present' }, async () => {
  let count = 0
  for await (const { line, lineNumber } of readJsonlLines(createReadStream(corpusPath))) {
    const article = parseJsonlLine(line, lineNumber)
    assert.ok(article.id && article.text, `line ${lineNumber}`)
    count++
  }
  assert.equal(count, 6486)
})

function paragraphOf(text: string): string {
  return text.split('\n\n')[0]!
}
