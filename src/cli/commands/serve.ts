import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import { buildApp, defaultUiDir } from '../../serve/index.js'
import { describeTarget, openArchive, resolveArchiveTarget } from '../../store/open-archive.js'

interface ServeFlags {
  db?: string
  port: string
  host: string
}

/** Registers `marsad serve`: the HTTP API over an archive, on loopback unless told otherwise. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web UI (at /) and the HTTP API (under /api, described at /api/openapi.json) over an archive')
    .option('--db <target>', 'archive: a SQLite file or postgres://… (default: $MARSAD_DB, else ./marsad.db)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to bind; loopback unless you mean to expose it', '127.0.0.1')
    .addHelpText('after', `
The UI is Arabic first (right to left) with an English toggle: search, articles with their
layers highlighted, entities with a timeline and a co-occurrence graph, stories.

Examples:
  marsad serve --db marsad.db                  # then open http://127.0.0.1:8080/
  curl 'http://127.0.0.1:8080/api/search?q=الكرملين&limit=5'
  curl -H 'Content-Type: application/x-ndjson' --data-binary @batch.jsonl http://127.0.0.1:8080/api/articles`)
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new MarsadError('ERR_INVALID_ARGUMENT', `--port '${flags.port}' is not a port number (0–65535)`)
      const target = resolveArchiveTarget(flags.db)
      const archive = await openArchive(target)
      const ui = defaultUiDir()
      const app = buildApp({ archive, ui: ui ?? false })
      // One line per request on stderr, so stdout stays free: `GET /api/search?q=… 200 4.1 ms`.
      app.addHook('onResponse', async (request, reply) => {
        process.stderr.write(`${new Date().toISOString()} ${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)} ms\n`)
      })
      const close = async (): Promise<void> => {
        await app.close()
        await archive.close()
      }
      process.once('SIGINT', () => void close())
      process.once('SIGTERM', () => void close())
      const address = await app.listen({ port, host: flags.host })
      const where = ui ? `the UI at ${address}/ and the API at ${address}/api` : `the API at ${address}/api (no built UI found: run npm run build)`
      process.stderr.write(`marsad: serving ${describeTarget(target)}: ${where} (Ctrl-C stops)\n`)
    })
}
