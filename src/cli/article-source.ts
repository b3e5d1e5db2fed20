import { createReadStream } from 'node:fs'
import { MarsadError } from '../core/errors.js'
import type { ArticleRecord } from '../core/record.js'
import { decodeBytes, parseJsonlLine, readArticleFile, readJsonlLines, type InputArticle } from '../ingest/index.js'
import { analyze, parsePublished } from '../pipeline/analyze.js'

/** Metadata given on the command line; it wins over what the file says. */
export interface MetaFlags {
  published?: string
  encoding?: string
  id?: string
  title?: string
  url?: string
  outlet?: string
}

/** Checks `--published` at the boundary, with advice. */
export function checkPublishedFlag(published: string | undefined): void {
  if (published && !parsePublished(published)) {
    throw new MarsadError('ERR_BAD_DATE', `--published '${published}' is not a date; use YYYY-MM-DD, e.g. --published 2025-10-28`)
  }
}

/** Reads one article from a file (or `-` for stdin, encoding detected like a file's) and analyses it. */
export async function analyzeFile(file: string, flags: MetaFlags): Promise<ArticleRecord> {
  const input: InputArticle = file === '-' ? decodeBytes(await readStdin(), { encoding: flags.encoding }) : await readArticleFile(file, { encoding: flags.encoding })
  return analyze(input.text, {
    id: flags.id ?? input.id,
    published: flags.published ?? input.published,
    title: flags.title ?? input.title,
    url: flags.url ?? input.url,
    outlet: flags.outlet ?? input.outlet,
    warnings: input.warnings,
  })
}

/** One result of a batch: a record, or the error of the line it came from. */
export type BatchItem = { record: ArticleRecord; lineNumber: number } | { error: { code: string; message: string }; lineNumber: number }

/**
 * Streams a JSONL batch (a path or `-` for stdin) and yields one item per line in order, with flat memory.
 * A bad line yields its error and the batch goes on.
 */
export async function* analyzeJsonl(path: string, flags: Pick<MetaFlags, 'published'>): AsyncGenerator<BatchItem> {
  const stream = path === '-' ? process.stdin : createReadStream(path)
  if (path !== '-') {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve())
      stream.once('error', (e: NodeJS.ErrnoException) =>
        reject(e.code === 'ENOENT' ? new MarsadError('ERR_FILE_NOT_FOUND', `No such file: ${path}`) : new MarsadError('ERR_FILE_UNREADABLE', `Cannot read ${path}: ${e.message}`)),
      )
    })
  }
  for await (const { line, lineNumber } of readJsonlLines(stream)) {
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
      yield { record, lineNumber }
    } catch (error) {
      const code = error instanceof MarsadError ? error.code : 'ERR_BAD_JSON'
      const reason = error instanceof Error ? error.message : String(error)
      yield { error: { code, message: reason.startsWith(`line ${lineNumber}`) ? reason : `line ${lineNumber}: ${reason}` }, lineNumber }
    }
  }
}

/** Reads all of stdin as bytes. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
