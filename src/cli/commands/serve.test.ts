import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../../test/shared.js'

const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const BUILT = existsSync(CLI) && existsSync(join(ROOT, 'dist', 'serve', 'ui', 'index.html'))

test('the built `marsad serve` serves the UI from its own dist/ and the API, one log line per request', { skip: BUILT ? false : 'dist/ is not built (npm run build)' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-serve-cli-'))
  // Run from another folder, as an installed command would be: the UI must not be looked up in the working directory.
  const child = spawn(process.execPath, [CLI, 'serve', '--db', join(dir, 'marsad.db'), '--port', '0'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  try {
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk
        const m = /the UI at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)
        if (m) resolve(m[1]!)
      })
      child.once('exit', (code) => reject(new Error(`marsad serve exited with ${code}: ${stderr}`)))
    })
    const page = await fetch(`${address}/search?q=${encodeURIComponent('الخرطوم')}`)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /<html lang="ar" dir="rtl">/)
    const script = await fetch(`${address}/assets/app.js`)
    assert.equal(script.status, 200)
    assert.match(script.headers.get('content-type') ?? '', /javascript/)
    const stats = await fetch(`${address}/api/stats`)
    assert.equal(((await stats.json()) as { articles: number }).articles, 0)
    await new Promise((r) => setTimeout(r, 50))
    assert.match(stderr, /GET \/api\/stats 200 [\d.]+ ms/)
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    await rm(dir, { recursive: true, force: true })
  }
})

test('`marsad serve --workers 2` serves from two processes on one port and stops them all', { skip: BUILT ? false : 'dist/ is not built (npm run build)' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-serve-cli-'))
  const child = spawn(process.execPath, [CLI, 'serve', '--db', join(dir, 'marsad.db'), '--port', '0', '--workers', '2'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)))
  try {
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk
        const m = /the API at (http:\/\/127\.0\.0\.1:\d+)\/api from 2 processes/.exec(stderr)
        if (m) resolve(m[1]!)
      })
      void exited.then((code) => reject(new Error(`marsad serve exited with ${code}: ${stderr}`)))
    })
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${address}/api/stats`, { headers: { connection: 'close' } }).then((r) => r.status)))
    assert.deepEqual(answers, Array(8).fill(200))
    await new Promise((r) => setTimeout(r, 100))
    assert.equal([...stderr.matchAll(/ GET \/api\/stats 200 /g)].length, 8, 'every request is logged once')
  } finally {
    child.kill('SIGTERM')
    assert.equal(await exited, 0)
    await rm(dir, { recursive: true, force: true })
  }
})
