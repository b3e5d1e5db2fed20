import cluster from 'node:cluster'
import type { Command } from 'commander'
import { MarsadError } from '../../core/errors.js'
import { buildApp, DEFAULT_CACHE_MB, defaultUiDir } from '../../serve/index.js'
import { describeTarget, openArchive, resolveArchiveTarget } from '../../store/open-archive.js'

interface ServeFlags {
  db?: string
  port: string
  host: string
  workers: string
  cacheMb: string
}

/** Registers `marsad serve`: the HTTP API over an archive, on loopback unless told otherwise. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web UI (at /) and the HTTP API (under /api, described at /api/openapi.json) over an archive')
    .option('--db <target>', 'archive: a SQLite file or postgres://… (default: $MARSAD_DB, else ./marsad.db)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to bind; loopback unless you mean to expose it', '127.0.0.1')
    .option('--workers <n>', 'server processes sharing the port (node:cluster), each with its own archive connection; searches are CPU-bound, so up to one per core', '1')
    .option('--cache-mb <n>', 'memory per process for answers (search, entities, stories, stats) kept until the archive changes; 0 turns the cache off', String(DEFAULT_CACHE_MB))
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
      const workers = Number(flags.workers)
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new MarsadError('ERR_INVALID_ARGUMENT', `--workers '${flags.workers}' is not a number of processes (1–64)`)
      const cacheMb = Number(flags.cacheMb)
      if (!Number.isFinite(cacheMb) || cacheMb < 0) throw new MarsadError('ERR_INVALID_ARGUMENT', `--cache-mb '${flags.cacheMb}' is not a size in MB (0 or more)`)
      const target = resolveArchiveTarget(flags.db)
      if (workers > 1 && cluster.isPrimary) {
        // Create and migrate the archive once, before the workers open it at the same time.
        await (await openArchive(target)).close()
        await servePrimary(workers, describeTarget(target))
        return
      }
      const archive = await openArchive(target)
      const ui = defaultUiDir()
      const app = buildApp({ archive, ui: ui ?? false, cacheMb })
      // One line per request on stderr, so stdout stays free: `GET /api/search?q=… 200 4.1 ms`.
      app.addHook('onResponse', async (request, reply) => {
        process.stderr.write(`${new Date().toISOString()} ${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)} ms\n`)
      })
      const close = async (): Promise<void> => {
        await app.close()
        await archive.close()
        // A cluster worker's IPC channel would keep it alive after its server closed.
        if (cluster.isWorker) process.exit(0)
      }
      process.once('SIGINT', () => void close())
      process.once('SIGTERM', () => void close())
      const address = await app.listen({ port, host: flags.host })
      // With --workers, the primary says where it serves, once.
      if (!cluster.isPrimary) return
      const where = ui ? `the UI at ${address}/ and the API at ${address}/api` : `the API at ${address}/api (no built UI found: run npm run build)`
      process.stderr.write(`marsad: serving ${describeTarget(target)}: ${where} (Ctrl-C stops)\n`)
    })
}

/**
 * Starts `workers` copies of this command (node:cluster runs the same command line in each; they
 * share the port), says where they serve once the first listens, and stops them on Ctrl-C.
 * A worker that dies is not replaced: the others go on serving.
 */
async function servePrimary(workers: number, where: string): Promise<void> {
  for (let i = 0; i < workers; i++) cluster.fork()
  cluster.once('listening', (_worker, address) => {
    const host = address.address && address.address.includes(':') ? `[${address.address}]` : (address.address ?? '127.0.0.1')
    const ui = defaultUiDir() ? `the UI at http://${host}:${address.port}/ and ` : ''
    process.stderr.write(`marsad: serving ${where}: ${ui}the API at http://${host}:${address.port}/api from ${workers} processes (Ctrl-C stops)\n`)
  })
  cluster.on('exit', (worker, code, signal) => {
    if (code && !signal) process.stderr.write(`marsad: server process ${worker.process.pid} exited with status ${code}\n`)
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code ?? 0)
  })
  const stop = (): void => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM')
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
