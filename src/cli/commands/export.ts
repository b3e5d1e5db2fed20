import { createWriteStream } from 'node:fs'
import type { Writable } from 'node:stream'
import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import { EXPORT_KINDS, type ExportKind } from '../../store/archive.js'
import { csvHeader, csvLine } from '../../store/export-rows.js'
import { resolveArchiveTarget, withArchive } from '../../store/open-archive.js'
import { writeChunk } from '../output.js'

interface ExportFlags {
  db?: string
  what: string
  format: string
  out?: string
}

/** Registers `marsad export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Stream the archive out as JSON Lines or CSV, row by row (memory stays flat)')
    .requiredOption('--what <kind>', `what to export: ${EXPORT_KINDS.join(', ')}`)
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <target>', 'archive: a SQLite file or postgres://… (default: $MARSAD_DB, else ./marsad.db)')
    .addHelpText(
      'after',
      `
articles as JSONL are whole marsad.article/1 records; in CSV, lists are joined with |.

Examples:
  marsad export --what articles > records.jsonl
  marsad export --what entities --format csv --out entities.csv`,
    )
    .action(async (flags: ExportFlags) => {
      if (!EXPORT_KINDS.includes(flags.what as ExportKind)) {
        throw new MarsadError('ERR_INVALID_ARGUMENT', `--what must be one of ${EXPORT_KINDS.join(', ')}, not '${flags.what}'`)
      }
      if (flags.format !== 'jsonl' && flags.format !== 'csv') throw new MarsadError('ERR_INVALID_ARGUMENT', `--format must be jsonl or csv, not '${flags.format}'`)
      const kind = flags.what as ExportKind
      const csv = flags.format === 'csv'
      const out: Writable = flags.out ? createWriteStream(flags.out) : process.stdout
      let rows = 0
      // A reader that goes away (`marsad export … | head`) ends the export quietly.
      let gone: (() => void) | undefined
      const closed = new Promise<'closed'>((resolve) => (gone = () => resolve('closed')))
      const onError = (e: NodeJS.ErrnoException): void => {
        if (e.code === 'EPIPE') gone?.()
        else throw e
      }
      out.on('error', onError)
      try {
        await withArchive(resolveArchiveTarget(flags.db), async (archive) => {
          if (csv) await writeChunk(out, csvHeader(kind))
          for await (const row of archive.exportRows(kind)) {
            if ((await Promise.race([writeChunk(out, csv ? csvLine(kind, row) : JSON.stringify(row) + '\n'), closed])) === 'closed') return
            rows++
          }
        })
      } finally {
        out.off('error', onError)
        if (flags.out) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
      }
      if (flags.out) process.stderr.write(`marsad: ${rows} ${kind} written to ${flags.out}\n`)
    })
}
