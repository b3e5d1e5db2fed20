import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import type { Story, StoryMember } from '../../store/archive.js'
import { resolveArchiveTarget, withArchive } from '../../store/open-archive.js'
import { isolate as isolateText, writeChunk } from '../output.js'

interface StoriesFlags {
  db?: string
  minSize: string
  limit: string
  offset: string
  id?: string
  article?: string
  json?: boolean
}

/** Registers `marsad stories`. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('List stories: reprints and rewrites of the same wire copy across outlets, grouped, with a representative article')
    .option('--db <target>', 'archive: a SQLite file or postgres://… (default: $MARSAD_DB, else ./marsad.db)')
    .option('--min-size <n>', 'smallest story listed', '2')
    .option('--limit <n>', 'stories to show, biggest first', '20')
    .option('--offset <n>', 'skip the first n stories', '0')
    .option('--id <story>', 'show only this story')
    .option('--article <id>', 'show the story this article belongs to')
    .option('--json', 'print {"total": N, "stories": [...]}')
    .action(async (flags: StoriesFlags) => {
      const n = (v: string, flag: string, min: number): number => {
        const x = Number(v)
        if (!Number.isInteger(x) || x < min) throw new MarsadError('ERR_INVALID_ARGUMENT', `${flag} must be a whole number ≥ ${min}, not '${v}'`)
        return x
      }
      const list = await withArchive(resolveArchiveTarget(flags.db), (archive) =>
        archive.stories({
          minSize: n(flags.minSize, '--min-size', 1),
          limit: n(flags.limit, '--limit', 1),
          offset: n(flags.offset, '--offset', 0),
          ...(flags.id !== undefined ? { id: n(flags.id, '--id', 0) } : {}),
          ...(flags.article !== undefined ? { articleId: flags.article } : {}),
        }),
      )
      if (flags.json) {
        await writeChunk(process.stdout, JSON.stringify(list) + '\n')
        return
      }
      const tty = Boolean(process.stdout.isTTY)
      const lines = [list.total === 0 ? 'No story found.' : `${list.total} stor${list.total === 1 ? 'y' : 'ies'}`]
      for (const s of list.stories) lines.push('', ...formatStory(s, tty))
      await writeChunk(process.stdout, lines.join('\n') + '\n')
    })
}

function memberLine(m: StoryMember, isolate: boolean, rep: boolean): string {
  const title = m.title ? isolateText(m.title, isolate) : '(no title)'
  const where = [m.outlet, m.published?.slice(0, 10), m.id].filter(Boolean).join(' · ')
  return `  ${rep ? '★' : '-'} ${title}  (${where})${rep ? '' : `  ${m.similarity.toFixed(2)}`}`
}

/** The lines of one story: its size, outlets and dates, the representative, then the other members. */
export function formatStory(s: Story, isolate: boolean): string[] {
  const span = s.first ? `${s.first.slice(0, 10)} → ${(s.last ?? s.first).slice(0, 10)}` : 'undated'
  return [
    `story ${s.id}: ${s.size} articles, ${s.outlets.length} outlet${s.outlets.length === 1 ? '' : 's'} (${s.outlets.join(', ') || '—'}), ${span}`,
    ...s.members.map((m, i) => memberLine(m, isolate, i === 0)),
  ]
}
