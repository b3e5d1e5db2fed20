import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import type { SearchHit } from '../../store/archive.js'
import { resolveArchiveTarget, withArchive } from '../../store/open-archive.js'
import { isolate, writeChunk } from '../output.js'

interface SearchFlags {
  db?: string
  entity?: string
  from?: string
  to?: string
  outlet?: string
  limit?: string
  offset?: string
  json?: boolean
}

/** Registers `marsad search`. */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Search the archive: ranked results (BM25) with snippets; spelling variants, clitics and diacritics never block a match')
    .argument('<query>', 'words (all must match); "a phrase in quotes" matches as a phrase; "" lists by date with the filters alone')
    .option('--db <target>', 'archive: a SQLite file or postgres://… (default: $MARSAD_DB, else ./marsad.db)')
    .option('--entity <name>', 'only articles that mention this entity (any spelling, or its Latin name)')
    .option('--from <date>', 'published on or after (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'published on or before')
    .option('--outlet <name>', 'only this outlet (case does not matter)')
    .option('--limit <n>', 'results to show', '10')
    .option('--offset <n>', 'skip the first n results', '0')
    .option('--json', 'print {"total": N, "results": [...]}; highlights are [start, end) spans of the article text')
    .addHelpText(
      'after',
      `
Examples:
  marsad search الكرملين                     # also finds والكرملين, بالكرملين
  marsad search 'كيم جونغ أون'                # also finds كيم جونج أون
  marsad search '"ولي العهد"' --from 2015-07 --outlet Okaz
  marsad search '' --entity "Vladimir Putin" --json`,
    )
    .action(async (query: string, flags: SearchFlags) => {
      const limit = count(flags.limit ?? '10', '--limit', 1)
      const offset = count(flags.offset ?? '0', '--offset', 0)
      const results = await withArchive(resolveArchiveTarget(flags.db), (archive) =>
        archive.search(query, { entity: flags.entity, from: flags.from, to: flags.to, outlet: flags.outlet, limit, offset }),
      )
      if (flags.json) {
        await writeChunk(process.stdout, JSON.stringify(results) + '\n')
        return
      }
      const tty = Boolean(process.stdout.isTTY)
      const color = tty && !process.env.NO_COLOR
      const lines: string[] = []
      const shown = results.results.length
      lines.push(
        results.total === 0
          ? 'No article matches.'
          : `${results.total} article${results.total === 1 ? '' : 's'} match${results.total === 1 ? 'es' : ''}` +
              (shown ? ` (showing ${offset + 1}–${offset + shown})` : ''),
      )
      results.results.forEach((hit, i) => lines.push('', ...formatHit(hit, offset + i + 1, { isolate: tty, color })))
      await writeChunk(process.stdout, lines.join('\n') + '\n')
    })
}

function count(value: string, flag: string, min: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new MarsadError('ERR_INVALID_ARGUMENT', `${flag} must be a whole number ≥ ${min}, not '${value}'`)
  return n
}

/** Marks spans of a string (relative to `base`) in bold, or leaves them plain without colour. */
function mark(text: string, base: number, spans: readonly (readonly [number, number])[], color: boolean): string {
  if (!color) return text
  let out = ''
  let at = 0
  for (const [s, e] of spans) {
    const a = Math.max(0, s - base)
    const b = Math.min(text.length, e - base)
    if (b <= a || a < at) continue
    out += text.slice(at, a) + '\x1b[1;33m' + text.slice(a, b) + '\x1b[0m'
    at = b
  }
  return out + text.slice(at)
}

/** The lines of one result: rank, title, where and when, then the snippet with its highlights. */
export function formatHit(hit: SearchHit, rank: number, style: { isolate: boolean; color: boolean }): string[] {
  const iso = (s: string): string => isolate(s, style.isolate)
  const title = hit.title ? mark(hit.title, 0, hit.titleHighlights, style.color) : '(no title)'
  const where = [hit.outlet, hit.published?.slice(0, 10), hit.id].filter(Boolean).join(' · ')
  const inSnippet = hit.highlights.filter(([s, e]) => s >= hit.snippetSpan[0] && e <= hit.snippetSpan[1])
  const snippet = mark(hit.snippet, hit.snippetSpan[0], inSnippet, style.color).replace(/\s*\n\s*/g, ' ')
  return [
    `${String(rank).padStart(3)}. ${iso(title)}  [${hit.score.toFixed(2)}]`,
    `     ${where}`,
    `     ${hit.snippetSpan[0] > 0 ? '… ' : ''}${iso(snippet)}${/[.!؟?]$/.test(hit.snippet) ? '' : ' …'}`,
  ]
}
