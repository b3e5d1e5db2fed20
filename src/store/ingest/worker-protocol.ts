import type { PreparedArticle } from '../archive.js'
import type { IngestFailure, InputItem } from './input-item.js'

/** A task for an ingest worker: read one file into items, or analyse and prepare items. */
export type WorkerTask = { readonly kind: 'read'; readonly path: string; readonly encoding?: string } | { readonly kind: 'analyze'; readonly items: readonly InputItem[] }

/** What a task gives back. A `read` that fails gives one failure and no items. */
export interface WorkerResult {
  readonly items: readonly InputItem[]
  readonly prepared: readonly PreparedArticle[]
  readonly failures: readonly IngestFailure[]
}
