import { analyzeItems, readFileItems, toFailure } from './input-item.js'
import type { WorkerResult, WorkerTask } from './worker-protocol.js'

/** Runs one ingest task, in a worker thread or inline; never throws (problems become failures). */
export async function runTask(task: WorkerTask): Promise<WorkerResult> {
  if (task.kind === 'read') {
    try {
      return { items: await readFileItems(task.path, task.encoding ? { encoding: task.encoding } : {}), prepared: [], failures: [] }
    } catch (error) {
      return { items: [], prepared: [], failures: [toFailure(task.path, error)] }
    }
  }
  const { prepared, failures } = analyzeItems(task.items)
  return { items: [], prepared, failures }
}
