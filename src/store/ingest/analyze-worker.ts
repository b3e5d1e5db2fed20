/**
 * The ingest worker thread: receives tasks `{ id, task }`, answers `{ id, result }`. Loaded
 * from dist/ as JavaScript, or as TypeScript through tsx in tests (see `worker-pool.ts`).
 */
import { parentPort } from 'node:worker_threads'
import { runTask } from './run-task.js'
import type { WorkerTask } from './worker-protocol.js'

const port = parentPort
if (!port) throw new Error('analyze-worker.ts runs only as a worker thread')
port.postMessage({ ready: true })
port.on('message', (message: { id: number; task: WorkerTask }) => {
  void runTask(message.task).then((result) => port.postMessage({ id: message.id, result }))
})
