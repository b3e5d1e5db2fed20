import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import type { EntityReport } from '../../store/archive.js'
import { resolveArchiveTarget, withArchive } from '../../store/open-archive.js'
import { isolate as isolateText, writeChunk } from '../output.js'

/** Registers `marsad entity`. */
export function registerEntity(program: Command): void {
  program
    .command('entity')
    .description('What the archive knows about an entity: spellings, Latin name, articles, mentions by day, co-occurring entities, quotes')
    .argument('<name>', 'any spelling (بوتين, بوتن) or the Latin name (Vladimir Putin)')
    .option('--db <target>', 'archive: a SQLite file or postgres://… (default: $MARSAD_DB, else ./marsad.db)')
    .option('--limit <n>', 'co-occurring entities and quotes to show', '10')
    .option('--json', 'print {"name": NAME, "entities": [...]}, one report per entity the name denotes')
    .action(async (name: string, flags: { db?: string; limit: string; json?: boolean }) => {
      const limit = Number(flags.limit)
      if (!Number.isInteger(limit) || limit < 1) throw new MarsadError('ERR_INVALID_ARGUMENT', `--limit must be a whole number ≥ 1, not '${flags.limit}'`)
      const reports = await withArchive(resolveArchiveTarget(flags.db), (archive) => archive.entity(name, { limit }))
      if (flags.json) {
        await writeChunk(process.stdout, JSON.stringify({ name, entities: reports }) + '\n')
      } else if (reports.length === 0) {
        await writeChunk(process.stdout, `No entity named ${name} in the archive.\n`)
      } else {
        const tty = Boolean(process.stdout.isTTY)
        await writeChunk(process.stdout, reports.map((r) => formatEntity(r, tty).join('\n')).join('\n\n') + '\n')
      }
      if (reports.length === 0) process.exitCode = 1
    })
}

/** The lines of one entity report. */
export function formatEntity(r: EntityReport, isolate: boolean): string[] {
  const iso = (s: string): string => isolateText(s, isolate)
  const lines = [
    `${iso(r.name)}${r.latin ? ` (${r.latin})` : ''}  ${r.type}  — ${r.articles} article${r.articles === 1 ? '' : 's'}, ${r.mentions} mention${r.mentions === 1 ? '' : 's'}`,
    `  spellings: ${r.variants.map((v) => `${iso(v.text)} ×${v.count}`).join(' · ') || '—'}`,
  ]
  if (r.timeline.length) {
    const peak = Math.max(...r.timeline.map((d) => d.mentions))
    lines.push('  mentions by day:')
    for (const d of r.timeline.slice(-30)) lines.push(`    ${d.day}  ${'▇'.repeat(Math.max(1, Math.round((d.mentions / peak) * 30)))} ${d.mentions} (${d.articles} art.)`)
    if (r.timeline.length > 30) lines.push(`    (${r.timeline.length - 30} earlier days not shown; --json has them all)`)
  }
  if (r.cooccurring.length) {
    lines.push('  named with:')
    for (const c of r.cooccurring) lines.push(`    ${iso(c.name)}${c.latin ? ` (${c.latin})` : ''} ${c.type}  ${c.articles} article${c.articles === 1 ? '' : 's'}`)
  }
  if (r.quotes.length) {
    lines.push('  quotes:')
    for (const q of r.quotes) {
      const text = q.text.length > 200 ? q.text.slice(0, 197) + '…' : q.text
      lines.push(`    ${q.published?.slice(0, 10) ?? '—'} ${q.cue ? iso(q.cue) + ': ' : ''}${q.direct ? '«' : '‹'}${iso(text.replace(/\s+/g, ' '))}${q.direct ? '»' : '›'}  (${q.articleId})`)
    }
  }
  return lines
}
