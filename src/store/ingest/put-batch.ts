import type { Archive, PreparedArticle, PutResult } from '../archive.js'
import { toFailure, type IngestFailure } from './input-item.js'

/** One article's fate in `putBatch`: stored (added, updated, duplicate) or refused with the reason. */
export type BatchOutcome = PutResult | { readonly outcome: 'failed'; readonly failure: IngestFailure }

/**
 * Writes a batch in one transaction; when that fails, writes the articles one by one so a single
 * bad article does not sink the others. Outcomes come back in batch order. Throws the batch's
 * error when not one article can be written: then the archive itself is at fault.
 */
export async function putBatch(archive: Archive, batch: readonly PreparedArticle[]): Promise<BatchOutcome[]> {
  try {
    return await archive.put(batch)
  } catch (batchError) {
    const outcomes: BatchOutcome[] = []
    let written = 0
    for (const a of batch) {
      try {
        outcomes.push(...(await archive.put([a])))
        written++
      } catch (error) {
        outcomes.push({ outcome: 'failed', failure: toFailure(a.source ?? a.key, error) })
      }
    }
    if (written === 0 && batch.length > 0) throw batchError
    return outcomes
  }
}
