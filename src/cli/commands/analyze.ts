import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import { analyzeFile, analyzeJsonl, checkPublishedFlag, type MetaFlags } from '../article-source.js'
import { formatSummary } from '../format-summary.js'
import { writeChunk } from '../output.js'

interface AnalyzeFlags extends MetaFlags {
  json?: boolean
  jsonl?: string
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
      checkPublishedFlag(flags.published)
      const batch = flags.jsonl ?? (file?.toLowerCase().endsWith('.jsonl') ? file : undefined)
      if (batch) return analyzeBatch(batch, flags)
      if (!file) throw new MarsadError('ERR_INVALID_ARGUMENT', 'Give a file to analyse, - for stdin, or --jsonl IN for a batch (see marsad analyze --help)')
      const record = await analyzeFile(file, flags)
      if (flags.json) {
        await writeChunk(process.stdout, JSON.stringify(record, null, flags.pretty ? 2 : undefined) + '\n')
      } else {
        const tty = Boolean(process.stdout.isTTY)
        await writeChunk(process.stdout, formatSummary(record, { isolate: tty, color: tty && !process.env.NO_COLOR }))
      }
    })
}

/** Prints one record per input line, same order; a bad line gives an error line and the rest goes on. */
async function analyzeBatch(path: string, flags: AnalyzeFlags): Promise<void> {
  let ok = 0
  let failed = 0
  for await (const item of analyzeJsonl(path, flags)) {
    if ('record' in item) {
      ok++
      await writeChunk(process.stdout, JSON.stringify(item.record) + '\n')
    } else {
      failed++
      process.stderr.write(`marsad: ${item.error.message}\n`)
      await writeChunk(process.stdout, JSON.stringify({ line: item.lineNumber, error: item.error }) + '\n')
    }
  }
  process.stderr.write(`marsad: ${ok} analysed${failed ? `, ${failed} failed (error lines in the output)` : ''}\n`)
  if (failed && !ok) process.exitCode = 1
}
