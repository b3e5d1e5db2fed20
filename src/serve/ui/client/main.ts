/// <reference lib="dom" />
/**
 * The web UI's entry: a small router over `location` (pages are shareable and survive a reload),
 * the header, and the language toggle. Pages draw into `<main>` with text nodes only.
 */
import { ApiError } from './api.js'
import { clear, h, navLink } from './dom.js'
import { applyLang, lang, setLang, t } from './i18n.js'
import { renderArticle } from './pages/article.js'
import { renderEntity, renderEntityLookup } from './pages/entity.js'
import { renderSearch } from './pages/search.js'
import { navigate } from './navigate.js'
import { renderStories, renderStory } from './pages/stories.js'

/** What a page gets: where to draw, and the URL's query. */
export interface PageContext {
  readonly main: HTMLElement
  readonly query: URLSearchParams
}

type Page = (ctx: PageContext, ...params: string[]) => Promise<void>

const ROUTES: [RegExp, Page][] = [
  [/^\/(?:search)?$/, renderSearch],
  [/^\/articles\/([^/]+)$/, renderArticle],
  [/^\/entities$/, renderEntityLookup],
  [/^\/entities\/(\d+)$/, renderEntity],
  [/^\/stories$/, renderStories],
  [/^\/stories\/(\d+)$/, renderStory],
]

let renderCount = 0

/** Draws the page for the current URL; a slower earlier render never overwrites a newer one. */
async function render(): Promise<void> {
  const run = ++renderCount
  const main = document.getElementById('main')!
  renderHeader()
  const staging = h('div', { class: 'page' })
  const query = new URLSearchParams(location.search)
  const route = ROUTES.find(([re]) => re.test(location.pathname))
  try {
    if (!route) staging.append(h('p', { class: 'error' }, t().notFound))
    else {
      const params = route[0].exec(location.pathname)!.slice(1).map((p) => decodeURIComponent(p))
      await route[1]({ main: staging, query }, ...params)
    }
  } catch (error) {
    clear(staging)
    const message = error instanceof ApiError ? `${error.message} (${error.code})` : error instanceof Error ? error.message : String(error)
    staging.append(h('p', { class: 'error', role: 'alert' }, `${t().error}: `, message))
  }
  if (run !== renderCount) return
  clear(main)
  main.append(staging)
  document.dispatchEvent(new CustomEvent('marsad:rendered'))
}

function renderHeader(): void {
  const s = t()
  document.title = s.appName
  const brand = document.querySelector<HTMLAnchorElement>('header .brand')
  if (brand) brand.textContent = s.appName
  const nav = document.getElementById('nav')!
  clear(nav)
  nav.append(navLink('/search', s.navSearch), navLink('/stories', s.navStories), navLink('/entities', s.navEntities))
  const toggle = document.getElementById('lang-toggle')!
  toggle.textContent = s.toggle
  toggle.setAttribute('lang', lang() === 'ar' ? 'en' : 'ar')
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  const a = (event.target as Element | null)?.closest?.('a[data-nav]') as HTMLAnchorElement | null
  if (!a || a.origin !== location.origin) return
  event.preventDefault()
  navigate(a.pathname + a.search + a.hash)
})
window.addEventListener('popstate', () => void render())
document.getElementById('lang-toggle')?.addEventListener('click', () => {
  setLang(lang() === 'ar' ? 'en' : 'ar')
  void render()
})

applyLang()
void render()
