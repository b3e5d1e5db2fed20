import { availableParallelism } from 'node:os'
import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import { ingestPaths, type IngestProgress, type IngestSummary } from '../../store/ingest/ingest-paths.js'
import { describeTarget, resolveArchiveTarget, withArchive } from '../../store/open-archive.js'
import { writeChunk } from '../output.js'

interface IngestFlags {
  db?: string
  workers?: string
  encoding?: string
  batchSize?: string
  json?: boolean
  quiet?: boolean
}

/** Failures listed in the terminal summary; `--json` lists them all. */
const SHOWN_FAILURES = 20

/** Registers `marsad ingest`. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Analyse articles and store them in an archive (SQLite file or PostgreSQL); re-running adds only what is new or changed')
    .argument('<paths...>', 'files and folders: .txt, .html, .json, .jsonl (one {"id","text",...} per line), RSS/Atom feeds (.xml, .rss, .atom)')
    .option('--db <target>', 'archive: a SQLite file or postgres://user@host/db (default: $MARSAD_DB, else ./marsad.db)')
    .option('--workers <n>', `analysis threads (default: cores, here ${availableParallelism()}); 0 analyses on the main thread`)
    .option('--encoding <label>', 'force the encoding of .txt/.html files (utf-8, windows-1256, ...)')
    .option('--batch-size <n>', 'articles written per transaction', '200')
    .option('--json', 'print the summary as JSON (all failures included)')
    .option('--quiet', 'no progress bar')
    .addHelpText(
      'after',
      `
An article is identified by its id (JSON/JSONL), else its URL (feeds), else its file path; the
same content again is a duplicate, changed content updates the stored record. A file that cannot
be read is reported and skipped. Exit status 1 only when nothing could be ingested.

Examples:
  marsad ingest articles.jsonl
  marsad ingest news/ feeds/agency.xml --db archive.db --workers 4
  MARSAD_DB=postgres://marsad@db/news marsad ingest batch-07.jsonl`,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const workers = flags.workers === undefined ? undefined : parseCount(flags.workers, '--workers')
      const batchSize = parseCount(flags.batchSize ?? '200', '--batch-size', 1)
      const target = resolveArchiveTarget(flags.db)
      const tty = Boolean(process.stderr.isTTY) && !flags.quiet && !flags.json
      const abort = new AbortController()
      const onSigint = (): void => {
        if (abort.signal.aborted) process.exit(130)
        process.stderr.write('\nmarsad: stopping after the articles in flight (Ctrl-C again to quit at once)\n')
        abort.abort()
      }
      process.on('SIGINT', onSigint)
      let summary: IngestSummary
      try {
        summary = await withArchive(target, (archive) =>
          ingestPaths(archive, paths, {
            workers,
            batchSize,
            encoding: flags.encoding,
            signal: abort.signal,
            onProgress: tty ? (p) => process.stderr.write(renderProgress(p)) : undefined,
          }),
        )
      } finally {
        process.off('SIGINT', onSigint)
        if (tty) process.stderr.write('\r\x1b[K')
      }
      if (flags.json) await writeChunk(process.stdout, JSON.stringify({ db: describeTarget(target), ...summary }) + '\n')
      else await writeChunk(process.stdout, formatIngestSummary(summary, describeTarget(target)))
      if (summary.failed > 0 && summary.added + summary.updated + summary.duplicates === 0) process.exitCode = 1
    })
}

function parseCount(value: string, flag: string, min = 0): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new MarsadError('ERR_INVALID_ARGUMENT', `${flag} must be a whole number ≥ ${min}, not '${value}'`)
  return n
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/** One progress line: bar, share, counts, rate and time left (redrawn in place with \r). */
export function renderProgress(p: IngestProgress, width = 28): string {
  const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0
  const full = Math.round(share * width)
  const bar = '█'.repeat(full) + '░'.repeat(width - full)
  const eta = p.etaSeconds === null ? '--:--' : clock(p.etaSeconds)
  const fails = p.failed ? `  ${p.failed} failed` : ''
  return `\r\x1b[K${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')}  ${p.rate.toFixed(0)}/s  ETA ${eta}${fails}`
}

/** The end-of-run summary: counts, rate, and the failures with their reasons. */
export function formatIngestSummary(s: IngestSummary, where: string): string {
  const secs = s.elapsedMs / 1000
  const rate = secs > 0 ? s.articles / secs : 0
  const lines = [
    `${s.interrupted ? 'Interrupted' : 'Ingested'} into ${where} in ${secs.toFixed(1)} s (${s.workers} worker${s.workers === 1 ? '' : 's'}): ${s.articles} articles, ${rate.toFixed(0)}/s`,
    `  added       ${s.added}`,
    `  updated     ${s.updated}`,
    `  duplicates  ${s.duplicates}`,
    `  failed      ${s.failed}`,
  ]
  if (s.failures.length) {
    lines.push('Failed:')
    for (const f of s.failures.slice(0, SHOWN_FAILURES)) lines.push(`  ${f.source}  ${f.code}  ${f.message.replace(/\s+/g, ' ')}`)
    if (s.failures.length > SHOWN_FAILURES) lines.push(`  … and ${s.failures.length - SHOWN_FAILURES} more (--json lists them all)`)
  }
  return lines.join('\n') + '\n'
}
