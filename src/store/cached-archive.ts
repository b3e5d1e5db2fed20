import { LRUCache } from 'lru-cache'
import type { ArticleRecord } from '../core/record.js'
import type {
  Archive,
  ArchiveStats,
  EntityOptions,
  EntityReport,
  ExportKind,
  KnownContent,
  PreparedArticle,
  PutResult,
  SearchOptions,
  SearchResults,
  StoryList,
  StoryOptions,
} from './archive.js'

/** Options of `CachedArchive`. */
export interface CacheOptions {
  /** Most memory the cached answers may take, in MB (measured as their JSON length × 2 bytes). Default 64. */
  readonly maxMb?: number
}

/** A cached answer, boxed so that `null` (no such entity) is cached too. */
interface Box {
  readonly value: unknown
}

/**
 * An archive whose answers to reads (search, stories, entities, stats) are kept in memory and
 * served again while the archive's change mark (`Archive.changeMark`) stays the same. A write by
 * any process changes the mark, which drops every kept answer: a read never returns what the
 * archive no longer holds. Reads asked again while the first one runs share its answer. Made for
 * `marsad serve`, where many clients ask the same few things; writes and record reads pass through.
 */
export class CachedArchive implements Archive {
  readonly #inner: Archive
  readonly #answers: LRUCache<string, Box>
  readonly #pending = new Map<string, Promise<unknown>>()
  #mark: string | null = null

  constructor(inner: Archive, options: CacheOptions = {}) {
    this.#inner = inner
    const maxSize = Math.max(1, Math.round((options.maxMb ?? 64) * 1024 * 1024))
    this.#answers = new LRUCache<string, Box>({ maxSize, sizeCalculation: (box, key) => Math.max(1, 2 * (key.length + (JSON.stringify(box.value)?.length ?? 4))) })
  }

  get dialect(): Archive['dialect'] {
    return this.#inner.dialect
  }

  get location(): string {
    return this.#inner.location
  }

  /** How many answers are kept now (for tests and figures). */
  get size(): number {
    return this.#answers.size
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    // Words are split on white space, so runs of it do not change the answer.
    const q = query.trim().replace(/\s+/g, ' ')
    return this.#read('search', [q, options], () => this.#inner.search(q, options))
  }

  stories(options: StoryOptions = {}): Promise<StoryList> {
    return this.#read('stories', [options], () => this.#inner.stories(options))
  }

  entity(name: string, options: EntityOptions = {}): Promise<EntityReport[]> {
    return this.#read('entity', [name, options], () => this.#inner.entity(name, options))
  }

  entityById(id: number, options: EntityOptions = {}): Promise<EntityReport | null> {
    return this.#read('entityById', [id, options], () => this.#inner.entityById(id, options))
  }

  stats(): Promise<ArchiveStats> {
    return this.#read('stats', [], () => this.#inner.stats())
  }

  known(keys: readonly string[], hashes: readonly string[]): Promise<KnownContent> {
    return this.#inner.known(keys, hashes)
  }

  put(batch: readonly PreparedArticle[]): Promise<PutResult[]> {
    return this.#inner.put(batch)
  }

  get(id: string): Promise<ArticleRecord | null> {
    return this.#inner.get(id)
  }

  changeMark(): Promise<string> {
    return this.#inner.changeMark()
  }

  optimize(): Promise<void> {
    return this.#inner.optimize()
  }

  exportRows(kind: ExportKind): AsyncIterable<Record<string, unknown>> {
    return this.#inner.exportRows(kind)
  }

  close(): Promise<void> {
    this.#answers.clear()
    return this.#inner.close()
  }

  /**
   * The kept answer to `name(args)` under the archive's current mark, else `run()`'s. The mark is
   * read before the read runs and is part of the key, so an answer that raced a write is kept
   * under the old mark, where no later read looks.
   */
  async #read<T>(name: string, args: readonly unknown[], run: () => Promise<T>): Promise<T> {
    const mark = await this.#inner.changeMark()
    if (mark !== this.#mark) {
      this.#mark = mark
      this.#answers.clear()
    }
    const key = `${mark}\u0000${name}\u0000${JSON.stringify(args)}`
    const kept = this.#answers.get(key)
    if (kept) return kept.value as T
    let pending = this.#pending.get(key) as Promise<T> | undefined
    if (!pending) {
      pending = run()
        .then((value) => {
          if (this.#mark === mark) this.#answers.set(key, { value })
          return value
        })
        .finally(() => this.#pending.delete(key))
      this.#pending.set(key, pending)
    }
    return pending
  }
}
