/**
 * `marsad ingest`: reads files and folders of articles (.txt, .html, .json, .jsonl, RSS/Atom
 * feeds) into an archive. Reading and analysis run on a pool of worker threads; the calling
 * thread checks what the archive already holds (so unchanged input is never analysed again) and
 * writes batches, each in one transaction. A bad file or line is reported and skipped.
 */
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { readJsonlLines } from '../../ingest/index.js'
import type { Archive, PreparedArticle, PutResult } from '../archive.js'
import { INGEST_EXTENSIONS, isJsonlPath, readJsonlItem, toFailure, type IngestFailure, type InputItem } from './input-item.js'
import { putBatch } from './put-batch.js'
import { createTaskRunner, WorkerStartError } from './worker-pool.js'
import type { WorkerResult, WorkerTask } from './worker-protocol.js'

/** Options of `ingestPaths`. */
export interface IngestOptions {
  /** Worker threads analysing articles (default: the number of cores; 0 analyses on the calling thread). */
  readonly workers?: number
  /** Force the encoding of text and HTML files (a WHATWG label). */
  readonly encoding?: string
  /** Articles per write transaction (default 200). */
  readonly batchSize?: number
  /** Called as work progresses, at most every `progressEveryMs` (default 200) and once at the end. */
  readonly onProgress?: (progress: IngestProgress) => void
  readonly progressEveryMs?: number
  /** Stops reading new input; what is in flight is finished and written. */
  readonly signal?: AbortSignal
}

/** Counts so far; `total` grows while feeds are read. */
export interface IngestProgress {
  readonly done: number
  readonly total: number
  readonly added: number
  readonly updated: number
  readonly duplicates: number
  readonly failed: number
  readonly elapsedMs: number
  /** Articles finished per second since the start. */
  readonly rate: number
  /** Seconds left at the current rate, or null before there is a rate. */
  readonly etaSeconds: number | null
}

/** The outcome of an ingest run. */
export interface IngestSummary {
  readonly added: number
  readonly updated: number
  /** Articles already stored unchanged (or the same content under another file). */
  readonly duplicates: number
  readonly failed: number
  readonly failures: readonly IngestFailure[]
  /** Articles seen: added + updated + duplicates + failed. */
  readonly articles: number
  readonly elapsedMs: number
  readonly workers: number
  /** True when `signal` stopped the run early. */
  readonly interrupted: boolean
}

/** Items analysed per worker task. */
const ANALYZE_CHUNK = 32
/** JSONL lines checked against the archive at a time. */
const READ_CHUNK = 256

/**
 * Lists the files to read: files as given, folders walked recursively (sorted, hidden entries
 * skipped, only known extensions). A path that does not exist becomes a failure.
 */
export async function collectInputFiles(paths: readonly string[]): Promise<{ files: string[]; failures: IngestFailure[] }> {
  const files: string[] = []
  const failures: IngestFailure[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (e.name.startsWith('.')) continue
      const p = join(dir, e.name)
      if (e.isDirectory()) await walk(p)
      else if (e.isFile() && INGEST_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p)
    }
  }
  for (const given of paths) {
    const p = resolve(given)
    try {
      const info = await stat(p)
      if (info.isDirectory()) await walk(p)
      else files.push(p)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      failures.push({
        source: given,
        code: code === 'ENOENT' ? 'ERR_FILE_NOT_FOUND' : 'ERR_FILE_UNREADABLE',
        message: code === 'ENOENT' ? `No such file or folder: ${given}` : `Cannot read ${given}: ${(error as Error).message}`,
      })
    }
  }
  return { files: [...new Set(files)], failures }
}

/** Counts the lines of a file (for the progress total); blank lines are rare in JSONL and counted too. */
async function countLines(path: string): Promise<number> {
  let n = 0
  let last = 10
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++
    if (chunk.length) last = chunk[chunk.length - 1]!
  }
  return last === 10 ? n : n + 1
}

/**
 * Ingests files and folders into an archive and returns what happened. Never throws for bad
 * input (it is counted as failed, with the reason); throws only when the archive itself cannot be
 * written. Killed at any moment, the archive holds whole batches only; running again finishes the job.
 */
export async function ingestPaths(archive: Archive, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now()
  const workers = Math.max(0, Math.trunc(options.workers ?? availableParallelism()))
  const batchSize = Math.max(1, Math.trunc(options.batchSize ?? 200))
  const counts = { added: 0, updated: 0, duplicates: 0, failed: 0, total: 0 }
  const failures: IngestFailure[] = []
  let lastProgress = 0

  const progress = (force = false): void => {
    if (!options.onProgress) return
    const now = performance.now()
    if (!force && now - lastProgress < (options.progressEveryMs ?? 200)) return
    lastProgress = now
    const elapsedMs = now - started
    const done = counts.added + counts.updated + counts.duplicates + counts.failed
    const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
    const total = Math.max(counts.total, done)
    options.onProgress({ ...counts, done, total, elapsedMs, rate, etaSeconds: rate > 0 && done > 0 ? (total - done) / rate : null })
  }
  const fail = (f: IngestFailure): void => {
    failures.push(f)
    counts.failed++
  }

  const collected = await collectInputFiles(paths)
  for (const f of collected.failures) fail(f)
  for (const f of collected.files) counts.total += isJsonlPath(f) ? await countLines(f) : 1

  const runner = createTaskRunner(workers)
  const inflight = new Set<Promise<void>>()
  const side = new Set<Promise<void>>()
  const maxInflight = Math.max(2, runner.size * 2)
  let pending: PreparedArticle[] = []
  // SQLite has one writer at a time; PostgreSQL takes two batches at once (each its own transaction).
  const lanes: Promise<void>[] = Array.from({ length: archive.dialect === 'postgres' ? 2 : 1 }, () => Promise.resolve())
  let lane = 0
  /** Batches handed to a lane and not yet written; analysis waits while too many articles wait for the archive. */
  const writing = new Set<Promise<void>>()
  let unwritten = 0
  const maxUnwritten = batchSize * (lanes.length + 3)
  let writeError: unknown = null

  const tally = (results: readonly PutResult[]): void => {
    for (const r of results) counts[r.outcome === 'added' ? 'added' : r.outcome === 'updated' ? 'updated' : 'duplicates']++
    progress()
  }
  const writeBatch = async (batch: PreparedArticle[]): Promise<void> => {
    const stored: PutResult[] = []
    for (const o of await putBatch(archive, batch)) {
      if (o.outcome === 'failed') fail(o.failure)
      else stored.push(o)
    }
    tally(stored)
  }
  const flush = (all: boolean): void => {
    while (pending.length >= batchSize || (all && pending.length > 0)) {
      const batch = pending.slice(0, batchSize)
      pending = pending.slice(batch.length)
      const i = lane++ % lanes.length
      const p: Promise<void> = lanes[i]!
        .then(() => (writeError ? undefined : writeBatch(batch)))
        .catch((e: unknown) => {
          writeError ??= e
        })
        .finally(() => {
          writing.delete(p)
          unwritten -= batch.length
        })
      lanes[i] = p
      writing.add(p)
    }
  }

  const submit = async (task: WorkerTask, onResult: (r: WorkerResult) => void): Promise<void> => {
    // Back-pressure: at most two tasks per thread in flight, and a bounded number of articles waiting to be written.
    while (inflight.size >= maxInflight || (unwritten > maxUnwritten && writing.size > 0)) await Promise.race([...inflight, ...writing])
    const sources = task.kind === 'read' ? [task.path] : task.items.map((i) => i.source)
    const p: Promise<void> = runner
      .run(task)
      .then(onResult, (error: unknown) => {
        if (error instanceof WorkerStartError) writeError ??= error
        else for (const s of sources) fail(toFailure(s, error))
      })
      .finally(() => {
        inflight.delete(p)
        progress()
      })
    inflight.add(p)
  }

  const onAnalyzed = (r: WorkerResult): void => {
    for (const f of r.failures) fail(f)
    pending.push(...r.prepared)
    unwritten += r.prepared.length
    flush(false)
  }

  /** Leaves out what the archive already holds unchanged, then sends the rest to analysis. */
  const processItems = async (items: readonly InputItem[]): Promise<void> => {
    if (items.length === 0) return
    const known = await archive.known(
      items.map((i) => i.key),
      items.filter((i) => i.dedupeByContent).map((i) => i.contentHash),
    )
    const fresh: InputItem[] = []
    for (const item of items) {
      const stored = known.byKey.get(item.key)
      if (stored === item.contentHash || (stored === undefined && item.dedupeByContent && known.hashes.has(item.contentHash))) counts.duplicates++
      else fresh.push(item)
    }
    progress()
    for (let i = 0; i < fresh.length; i += ANALYZE_CHUNK) await submit({ kind: 'analyze', items: fresh.slice(i, i + ANALYZE_CHUNK) }, onAnalyzed)
  }

  try {
    for (const file of collected.files) {
      if (options.signal?.aborted || writeError) break
      if (isJsonlPath(file)) {
        const stream = createReadStream(file)
        const opened = await new Promise<Error | null>((res) => {
          stream.once('open', () => res(null))
          stream.once('error', (e) => res(e))
        })
        if (opened) {
          fail(toFailure(file, opened))
          continue
        }
        let chunk: InputItem[] = []
        try {
          for await (const { line, lineNumber } of readJsonlLines(stream)) {
            if (options.signal?.aborted || writeError) break
            try {
              chunk.push(readJsonlItem(file, line, lineNumber))
            } catch (error) {
              fail(toFailure(`${file}:${lineNumber}`, error))
            }
            if (chunk.length >= READ_CHUNK) {
              await processItems(chunk)
              chunk = []
            }
          }
        } finally {
          stream.destroy()
        }
        await processItems(chunk)
      } else {
        await submit({ kind: 'read', path: file, ...(options.encoding ? { encoding: options.encoding } : {}) }, (r) => {
          for (const f of r.failures) fail(f)
          counts.total += Math.max(0, r.items.length - 1) - (r.items.length === 0 && r.failures.length === 0 ? 1 : 0)
          const p = processItems(r.items).finally(() => side.delete(p))
          side.add(p)
        })
      }
    }
    while (inflight.size || side.size) await Promise.all([...inflight, ...side])
    flush(true)
    await Promise.all(lanes)
  } finally {
    await runner.close()
  }
  if (writeError) throw writeError
  if (counts.added + counts.updated > 0) await archive.optimize()
  progress(true)
  return {
    added: counts.added,
    updated: counts.updated,
    duplicates: counts.duplicates,
    failed: counts.failed,
    failures,
    articles: counts.added + counts.updated + counts.duplicates + counts.failed,
    elapsedMs: performance.now() - started,
    workers: runner.size,
    interrupted: options.signal?.aborted ?? false,
  }
}
