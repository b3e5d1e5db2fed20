import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkRecord } from '../core/check-record.js'
import { ROOT } from '../../test/shared.js'

const MAIN = join(ROOT, 'src', 'cli', 'main.ts')
function marsad(args: string[], input?: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, input, encoding: 'utf8' })
  return { stdout: r.stdout, stderr: r.stderr, status: r.status }
}
const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'))

test('analyze --json prints a valid record of the bundled example', () => {
  const { stdout, status } = marsad(['analyze', 'examples/seed-article.txt', '--published', '2025-10-28', '--json'])
  assert.equal(status, 0)
  const record = JSON.parse(stdout)
  assert.deepEqual(checkRecord(record), [])
  assert.equal(record.published, '2025-10-28')
  assert.equal(record.dateline.agencies[0].name, 'AFP')
})

test('analyze prints a readable summary by default', () => {
  const { stdout, status } = marsad(['analyze', 'examples/seed-article.txt', '--published', '2025-10-28'])
  assert.equal(status, 0)
  assert.match(stdout, /Dateline\n {2}موسكو \(أ ف ب\) –/)
  assert.match(stdout, /agencies: أ ف ب = AFP/)
})

test('batch mode keeps order and ids, and a bad line becomes an error line', () => {
  const input = [
    JSON.stringify({ id: 'x1', text: 'قال الوزير إن الوضع هادئ.', published: '2025-10-28' }),
    '{"id": "x2", "text": ',
    JSON.stringify({ id: 'x3', text: 'أعلنت الحكومة خطة جديدة.' }),
  ].join('\n')
  const { stdout, stderr, status } = marsad(['analyze', '--jsonl', '-'], input)
  assert.equal(status, 0)
  const lines = stdout.trim().split('\n').map((l) => JSON.parse(l))
  assert.deepEqual(lines.map((l) => l.id ?? `error@${l.line}`), ['x1', 'error@2', 'x3'])
  assert.equal(lines[1].error.code, 'ERR_BAD_JSON')
  assert.match(stderr, /line 2/)
})

test('reads a Windows-1256 file by detecting its encoding', () => {
  const text = 'وقال لافروف إن العلاقات بين البلدين تشهد تقدما كبيرا في كل المجالات.'
  const decoder = new TextDecoder('windows-1256')
  const byChar = new Map<string, number>()
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b)
  const bytes = Uint8Array.from([...text].map((c) => byChar.get(c)!))
  const file = join(dir, 'cp1256.txt')
  writeFileSync(file, bytes)
  const record = JSON.parse(marsad(['analyze', file, '--json']).stdout)
  assert.equal(record.text, text)
  assert.equal(record.language, 'ar')
})

test('says what went wrong for a missing, binary or empty file, without a stack trace', () => {
  const empty = join(dir, 'empty.txt')
  writeFileSync(empty, '')
  const png = join(dir, 'image.txt')
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
  for (const [file, code] of [[join(dir, 'nope.txt'), 'ERR_FILE_NOT_FOUND'], [png, 'ERR_BINARY_INPUT'], [empty, 'ERR_EMPTY_INPUT']] as const) {
    const { stderr, status } = marsad(['analyze', file])
    assert.equal(status, 1)
    assert.match(stderr, new RegExp(code))
    assert.doesNotMatch(stderr, /\n\s+at /)
  }
})

test('rejects a bad --published date with advice', () => {
  const { stderr, status } = marsad(['analyze', 'examples/seed-article.txt', '--published', '28/10/2025'])
  assert.equal(status, 1)
  assert.match(stderr, /ERR_BAD_DATE.*YYYY-MM-DD/)
})

test('--help lists the options', () => {
  const help = execFileSync(process.execPath, ['--import', 'tsx', MAIN, 'analyze', '--help'], { cwd: ROOT, encoding: 'utf8' })
  for (const flag of ['--published', '--json', '--jsonl', '--encoding', '--title', '--url', '--outlet']) assert.ok(help.includes(flag), flag)
})

test('times resolves one expression against --published', () => {
  assert.equal(marsad(['times', 'الشهر الماضي', '--published', '2025-10-28']).stdout, 'الشهر الماضي\t2025-09\n')
  const found = JSON.parse(marsad(['times', 'ديسمبر الماضي', '--published', '2025-01-02', '--json']).stdout)
  assert.deepEqual(found.map((t: { value: string }) => t.value), ['2024-12'])
  assert.match(marsad(['times', 'يوم الاثنين']).stdout, /unresolved/)
})

test('quotes prints one line per quote with speaker and cue', () => {
  const { stdout, status } = marsad(['quotes', 'examples/seed-article.txt'])
  assert.equal(status, 0)
  const lines = stdout.trim().split('\n').map((l) => l.split('\t'))
  assert.ok(lines.length >= 7)
  assert.ok(lines.some(([, speaker, cue, kind, text]) => speaker === 'لافروف' && cue === 'قال' && kind === 'direct' && text!.startsWith('هذه الأعمال البطولية')))
})

test('stops quietly when the reader of its output goes away (| head)', () => {
  const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, text: 'قال الوزير إن الوضع هادئ في المدينة.' })).join('\n')
  const file = join(dir, 'many.jsonl')
  writeFileSync(file, lines + '\n')
  const r = spawnSync('bash', ['-c', `node --import tsx ${JSON.stringify(MAIN)} analyze --jsonl ${JSON.stringify(file)} | head -c 10`], { cwd: ROOT, encoding: 'utf8' })
  assert.equal(r.stdout.length, 10)
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/)
})

test('serve answers on loopback and logs each request', async () => {
  const { spawn } = await import('node:child_process')
  const db = join(dir, 'serve.db')
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--db', db, '--port', '0'], { cwd: ROOT })
  let stderr = ''
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 20_000)
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(stderr)
        if (m) {
          clearTimeout(timer)
          resolve(m[1]!)
        }
      })
    })
    const stats = (await (await fetch(`${base}/api/stats`)).json()) as { articles: number }
    assert.equal(stats.articles, 0)
    const analyzed = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'موسكو (أ ف ب) – زار الوزير الكرملين يوم الاثنين.' }) })
    assert.equal(((await analyzed.json()) as { dateline: { agencies: { name: string }[] } }).dateline.agencies[0]!.name, 'AFP')
    await new Promise((r) => setTimeout(r, 100))
    assert.match(stderr, /GET \/api\/stats 200 [\d.]+ ms\n/)
    assert.equal(stderr.match(/\/api\/stats/g)?.length, 1)
  } finally {
    child.kill('SIGINT')
  }
})
