import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import type { ArticleRecord } from '../../core/record.js'
import { analyzeFile, analyzeJsonl, checkPublishedFlag, type MetaFlags } from '../article-source.js'
import { writeChunk } from '../output.js'

/** Registers `marsad quotes`: one line per quote for quick review. */
export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('Print one tab-separated line per quote: id, speaker, cue, direct|indirect, quoted text')
    .argument('[file]', 'article file (.txt, .html, .json), or - for stdin')
    .option('--jsonl <in>', 'batch: JSONL lines {"id","text",...} from a file or - (stdin)')
    .option('--published <date>', 'publication date (YYYY-MM-DD)')
    .option('--encoding <label>', 'force the input encoding')
    .addHelpText('after', `
Examples:
  marsad quotes examples/seed-article.txt
  marsad quotes --jsonl articles.jsonl | grep 'لافروف'`)
    .action(async (file: string | undefined, flags: MetaFlags & { jsonl?: string }) => {
      checkPublishedFlag(flags.published)
      if (flags.jsonl) {
        for await (const item of analyzeJsonl(flags.jsonl, flags)) {
          if ('record' in item) await writeChunk(process.stdout, quoteLines(item.record))
          else process.stderr.write(`marsad: ${item.error.message}\n`)
        }
        return
      }
      if (!file) throw new MarsadError('ERR_INVALID_ARGUMENT', 'Give a file, - for stdin, or --jsonl IN (see marsad quotes --help)')
      await writeChunk(process.stdout, quoteLines(await analyzeFile(file, flags)))
    })
}

/** The quote lines of one record: id, speaker, cue, direct|indirect, text (tabs and newlines flattened). */
export function quoteLines(r: ArticleRecord): string {
  const flat = (s: readonly [number, number] | null | undefined): string => (s ? r.text.slice(s[0], s[1]).replace(/\s+/g, ' ') : '-')
  return r.quotes.map((q) => [r.id, flat(q.speaker?.span), flat(q.cue?.span), q.direct ? 'direct' : 'indirect', flat(q.span)].join('\t') + '\n').join('')
}
