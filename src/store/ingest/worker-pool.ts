import { Worker } from 'node:worker_threads'
import { runTask } from './run-task.js'
import type { WorkerResult, WorkerTask } from './worker-protocol.js'

/** Runs ingest tasks: on worker threads, or inline when asked for none. */
export interface TaskRunner {
  /** Threads running tasks (0 when inline). */
  readonly size: number
  run(task: WorkerTask): Promise<WorkerResult>
  close(): Promise<void>
}

/** A worker thread that could not start: nothing can be analysed, so the run stops. */
export class WorkerStartError extends Error {
  constructor(cause: unknown) {
    super(`the ingest worker thread could not start: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'WorkerStartError'
  }
}

/**
 * How to start the worker: `analyze-worker.js` beside this module once compiled; when this
 * module runs as TypeScript under tsx, a small bootstrap that registers tsx's loader in the new
 * thread first (Node 20 does not carry loader hooks into workers), then imports `analyze-worker.ts`.
 */
export function workerEntry(moduleUrl: string = import.meta.url): { code: URL | string; eval: boolean } {
  const ts = /\.[mc]?ts$/.test(new URL(moduleUrl).pathname)
  if (!ts) return { code: new URL('./analyze-worker.js', moduleUrl), eval: false }
  const worker = new URL('./analyze-worker.ts', moduleUrl).href
  const api = import.meta.resolve('tsx/esm/api')
  return { code: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}) })`, eval: true }
}

interface Pending {
  readonly task: WorkerTask
  readonly resolve: (r: WorkerResult) => void
  readonly reject: (e: Error) => void
}

interface Slot {
  worker: Worker
  busy: (Pending & { id: number }) | null
  /** Set when the thread has loaded its code and said so. */
  ready: boolean
}

/** A pool of `size` worker threads; `size` 0 runs tasks inline on the calling thread. */
export function createTaskRunner(size: number): TaskRunner {
  if (size <= 0) {
    return {
      size: 0,
      run: async (task) => {
        await new Promise((r) => setImmediate(r)) // let progress and writes interleave
        return runTask(task)
      },
      close: async () => {},
    }
  }
  const entry = workerEntry()
  const queue: Pending[] = []
  const slots: Slot[] = []
  let nextId = 1
  let closed = false

  const spawn = (): Slot => {
    // The parent's flags minus those that only make sense for its own entry (`node --input-type=module -e …`).
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type') && a !== '-e' && a !== '--eval')
    const worker = new Worker(entry.code, { eval: entry.eval, execArgv })
    const slot: Slot = { worker, busy: null, ready: false }
    worker.on('message', (m: { ready?: true; id?: number; result?: WorkerResult }) => {
      if (m.ready) {
        slot.ready = true
        return
      }
      const job = slot.busy
      if (!job || job.id !== m.id || !m.result) return
      slot.busy = null
      job.resolve(m.result)
      pump()
    })
    const fail = (error: Error): void => {
      if (closed) return
      if (!slot.ready) {
        // The code did not even load: every task would fail the same way.
        closed = true
        const fatal = new WorkerStartError(error)
        for (const s of slots) s.busy?.reject(fatal)
        for (const q of queue.splice(0)) q.reject(fatal)
        void Promise.all(slots.map((s) => s.worker.terminate()))
        return
      }
      const job = slot.busy
      slot.busy = null
      if (job) job.reject(error)
      // A crashed thread is replaced so the rest of the batch goes on.
      const i = slots.indexOf(slot)
      if (i >= 0) slots[i] = spawn()
      pump()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (!closed) fail(new Error(`ingest worker exited with code ${code}`))
    })
    return slot
  }

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue
      const job = { ...queue.shift()!, id: nextId++ }
      slot.busy = job
      slot.worker.postMessage({ id: job.id, task: job.task })
    }
  }

  for (let i = 0; i < size; i++) slots.push(spawn())
  return {
    size,
    run: (task) =>
      new Promise<WorkerResult>((resolve, reject) => {
        if (closed) return reject(new WorkerStartError('the worker pool is closed'))
        queue.push({ task, resolve, reject })
        pump()
      }),
    close: async () => {
      closed = true
      await Promise.all(slots.map((s) => s.worker.terminate()))
    },
  }
}
