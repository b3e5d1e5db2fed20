/** Calls to the Marsad API, in the UI's language; errors carry the API's code and message. */
import type { ArticleRecord } from '../../../core/record.js'
import type { ArchiveStats, EntityReport, SearchResults, Story, StoryList } from '../../../store/archive.js'
import { lang } from './i18n.js'

/** An error answer of the API (`{"error": {"code", "message"}}`), or a network failure (`ERR_NETWORK`). */
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  constructor(code: string, message: string, status: number) {
    super(message)
    this.code = code
    this.status = status
  }
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const query = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v))
  const url = query.size ? `${path}?${query}` : path
  let res: Response
  try {
    res = await fetch(url, { headers: { accept: 'application/json', 'accept-language': lang() } })
  } catch (error) {
    throw new ApiError('ERR_NETWORK', error instanceof Error ? error.message : String(error), 0)
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null
  if (!res.ok) throw new ApiError(body?.error?.code ?? 'ERR_HTTP', body?.error?.message ?? res.statusText, res.status)
  return body as T
}

export type SearchPage = SearchResults & { next_cursor: string | null }
export type StoryPage = StoryList & { next_cursor: string | null }

export const api = {
  search: (params: Record<string, string | undefined>) => get<SearchPage>('/api/search', params),
  article: (id: string) => get<ArticleRecord>(`/api/articles/${encodeURIComponent(id)}`),
  entities: (q: string) => get<{ entities: EntityReport[] }>('/api/entities', { q }),
  entity: (id: string) => get<EntityReport>(`/api/entities/${encodeURIComponent(id)}`, { limit: 16 }),
  stories: (params: Record<string, string | number | undefined>) => get<StoryPage>('/api/stories', params),
  story: (id: string) => get<Story>(`/api/stories/${encodeURIComponent(id)}`),
  stats: () => get<ArchiveStats>('/api/stats'),
}
