import { createReadStream } from 'node:fs'
import type { Command } from 'commander'
import { analyze, parsePublished } from '../../pipeline/analyze.js'
import { MarsadError } from '../../core/errors.js'
import { decodeBytes, parseJsonlLine, readArticleFile, readJsonlLines } from '../../ingest/index.js'
import { formatSummary } from '../format-summary.js'
import { writeChunk } from '../output.js'

interface AnalyzeFlags {
  published?: string
  json?: boolean
  jsonl?: string
  encoding?: string
  id?: string
  title?: string
  url?: string
  outlet?: string
  pretty?: boolean
}

/** Registers `marsad analyze`. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('Analyse one article (.txt, .html, .json) or a JSONL batch and print its marsad.article/1 record')
    .argument('[file]', 'article file: .txt (UTF-8, UTF-16 or Windows-1256), .html, .json; .jsonl runs a batch; - reads text from stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD or ISO date-time); times resolve against it')
    .option('--json', 'print the full record as JSON instead of the summary')
    .option('--pretty', 'with --json, indent the JSON')
    .option('--jsonl <in>', 'batch: read JSONL lines {"id","text","published"?,"title"?,"url"?,"outlet"?} from a file or - (stdin), print one record per line')
    .option('--encoding <label>', 'force the input encoding (utf-8, utf-16le, windows-1256, ...) instead of detecting it')
    .option('--id <id>', 'record id (default: given in the file, or a hash of the text)')
    .option('--title <title>', 'article title')
    .option('--url <url>', 'article URL')
    .option('--outlet <name>', 'publishing outlet')
    .addHelpText('after', `
Examples:
  marsad analyze examples/seed-article.txt --published 2025-10-28
  marsad analyze page.html --json
  marsad analyze --jsonl articles.jsonl > records.jsonl
  cat article.txt | marsad analyze - --json`)
    .action(async (file: string | undefined, flags: AnalyzeFlags) => {
      if (flags.published && !parsePublished(flags.published)) {
        throw new MarsadError('ERR_BAD_DATE', `--published '${flags.published}' is not a date; use YYYY-MM-DD, e.g. --published 2025-10-28`)
      }
      const batch = flags.jsonl ?? (file?.toLowerCase().endsWith('.jsonl') ? file : undefined)
      if (batch) return analyzeBatch(batch, flags)
      if (!file) throw new MarsadError('ERR_INVALID_ARGUMENT', 'Give a file to analyse, - for stdin, or --jsonl IN for a batch (see marsad analyze --help)')
      const input = file === '-' ? { ...decodeBytes(await readStdin(), { encoding: flags.encoding }), id: undefined, published: undefined, title: undefined, url: undefined, outlet: undefined } : await readArticleFile(file, { encoding: flags.encoding })
      const record = analyze(input.text, {
        id: flags.id ?? input.id,
        published: flags.published ?? input.published,
        title: flags.title ?? input.title,
        url: flags.url ?? input.url,
        outlet: flags.outlet ?? input.outlet,
        warnings: input.warnings,
      })
      if (flags.json) {
        await writeChunk(process.stdout, JSON.stringify(record, null, flags.pretty ? 2 : undefined) + '\n')
      } else {
        const tty = Boolean(process.stdout.isTTY)
        await writeChunk(process.stdout, formatSummary(record, { isolate: tty, color: tty && !process.env.NO_COLOR }))
      }
    })
}

/** Streams a JSONL batch: one record per input line, same order; a bad line gives an error line and the rest goes on. */
async function analyzeBatch(path: string, flags: AnalyzeFlags): Promise<void> {
  const stream = path === '-' ? process.stdin : createReadStream(path)
  const opened = new Promise<void>((resolve, reject) => {
    if (path === '-') return resolve()
    stream.once('open', () => resolve())
    stream.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new MarsadError('ERR_FILE_NOT_FOUND', `No such file: ${path}`) : new MarsadError('ERR_FILE_UNREADABLE', `Cannot read ${path}: ${e.message}`)),
    )
  })
  await opened
  let ok = 0
  let failed = 0
  for await (const { line, lineNumber } of readJsonlLines(stream)) {
    let out: string
    try {
      const input = parseJsonlLine(line, lineNumber)
      const record = analyze(input.text, {
        id: input.id ?? `line-${lineNumber}`,
        published: input.published ?? flags.published,
        title: input.title,
        url: input.url,
        outlet: input.outlet,
        warnings: input.warnings,
      })
      out = JSON.stringify(record)
      ok++
    } catch (error) {
      failed++
      const code = error instanceof MarsadError ? error.code : 'ERR_BAD_JSON'
      const reason = error instanceof Error ? error.message : String(error)
      const message = reason.startsWith(`line ${lineNumber}`) ? reason : `line ${lineNumber}: ${reason}`
      process.stderr.write(`marsad: ${message}\n`)
      out = JSON.stringify({ line: lineNumber, error: { code, message } })
    }
    await writeChunk(process.stdout, out + '\n')
  }
  process.stderr.write(`marsad: ${ok} analysed${failed ? `, ${failed} failed (error lines in the output)` : ''}\n`)
  if (failed && !ok) process.exitCode = 1
}

/** Reads all of stdin as bytes, so its encoding is detected like a file's. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

