import type { Command } from 'commander'
import { describeTarget, resolveArchiveTarget, withArchive } from '../../store/open-archive.js'
import { writeChunk } from '../output.js'

/** Registers `marsad stats`. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Count what the archive holds: articles, entities, mentions, quotes, stories, and its size')
    .option('--db <target>', 'archive: a SQLite file or postgres://… (default: $MARSAD_DB, else ./marsad.db)')
    .option('--json', 'print {"articles": N, "entities": N, ...}')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const target = resolveArchiveTarget(flags.db)
      const s = await withArchive(target, (archive) => archive.stats())
      if (flags.json) {
        await writeChunk(process.stdout, JSON.stringify(s) + '\n')
        return
      }
      const n = (v: number): string => v.toLocaleString('en')
      const lines = [
        `Archive ${describeTarget(target)} (${s.dialect}, schema ${s.schemaVersion}, ${formatBytes(s.sizeBytes)})`,
        `  articles    ${n(s.articles)}  from ${s.outlets} outlet${s.outlets === 1 ? '' : 's'}, published ${s.firstPublished?.slice(0, 10) ?? '—'} to ${s.lastPublished?.slice(0, 10) ?? '—'}`,
        `  entities    ${n(s.entities)}`,
        `  mentions    ${n(s.mentions)}`,
        `  quotes      ${n(s.quotes)}`,
        `  times       ${n(s.times)}`,
        `  quantities  ${n(s.quantities)}`,
        `  stories     ${n(s.stories)}  (groups of 2+ articles telling one story)`,
      ]
      await writeChunk(process.stdout, lines.join('\n') + '\n')
    })
}

/** Bytes as B, kB, MB or GB (powers of 1000). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB']
  let v = bytes
  let u = 0
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000
    u++
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`
}
