/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core, headless, against
 * the server on loopback over a SQLite archive of corpus articles (and one hostile article) sent
 * through `POST /api/articles`. Screenshots (desktop and phone) are kept in test-artifacts/.
 *
 * Without /usr/bin/chromium the suite is skipped with the reason, unless CI is set: then it fails.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { ArticleRecord } from '../../core/record.js'
import { HAS_SHARED, ROOT } from '../../../test/shared.js'
import { HOSTILE, toJsonlLine, webTestArticles } from '../../../test/fixtures/serve/web-corpus.js'
import { buildUi } from '../../../scripts/build-ui.js'
import type { Archive, EntityReport, SearchHit, StoryList } from '../../store/archive.js'
import { openSqliteArchive } from '../../store/sqlite/archive.js'
import { buildApp } from '../app.js'
import { UI_CSP } from '../routes/ui.js'

const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
const ARTIFACTS = join(ROOT, 'test-artifacts')
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const

const HAS_CHROMIUM = existsSync(CHROMIUM)
if (!HAS_CHROMIUM && process.env.CI) {
  test('Chromium is installed for the browser tests', () => {
    assert.fail(`${CHROMIUM} does not exist: CI must install Debian's chromium (apt-get install -y chromium) before npm test, or set MARSAD_CHROMIUM`)
  })
}
const SKIP = !HAS_SHARED ? 'shared/ is not beside the clone' : !HAS_CHROMIUM ? `no Chromium at ${CHROMIUM} (apt-get install chromium, or set MARSAD_CHROMIUM); CI fails instead of skipping` : false

describe('web UI in Chromium over a SQLite archive of corpus articles', SKIP ? { skip: SKIP } : {}, () => {
  let dir: string
  let archive: Archive
  let app: FastifyInstance
  let browser: Browser
  let base = ''
  const problems: string[] = []

  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(base + path)
    assert.equal(res.status, 200, path)
    return (await res.json()) as T
  }

  /**
   * Runs `body` on a fresh page in its own browser context, closed afterwards whatever happens. The
   * page records script errors, console errors (CSP violations among them) and dialogs.
   */
  const withPage = async (body: (page: Page) => Promise<void>, viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<void> => {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'ar', deviceScaleFactor: 1, hasTouch: viewport === 'phone', isMobile: viewport === 'phone' })
    const page = await context.newPage()
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
    try {
      await body(page)
    } finally {
      await context.close()
    }
  }

  /** Goes to an app URL and waits for the router to draw it. */
  const visit = async (page: Page, path: string): Promise<void> => {
    const drawn = page.evaluate(() => new Promise<void>((resolve) => document.addEventListener('marsad:rendered', () => resolve(), { once: true }))).catch(() => undefined)
    await page.goto(base + path)
    await Promise.race([drawn, page.waitForSelector('main .page', { timeout: 10_000 })])
    await page.waitForSelector('main .page')
    await page.evaluate(() => document.fonts.ready)
  }

  /** Keeps a screenshot in test-artifacts/; the whole page when `fullPage`, else what the viewport shows. */
  const shoot = async (page: Page, name: string, fullPage = false): Promise<void> => {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage })
  }

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    dir = await mkdtemp(join(tmpdir(), 'marsad-web-'))
    const ui = await buildUi(join(dir, 'ui'))
    archive = openSqliteArchive(join(dir, 'marsad.db'))
    app = buildApp({ archive, ui })
    base = await app.listen({ port: 0, host: '127.0.0.1' })
    const lines = [...webTestArticles().map(toJsonlLine), JSON.stringify(HOSTILE)]
    const res = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: lines.join('\n') })
    const body = (await res.json()) as { added: number; failed: number }
    assert.equal(res.status, 200)
    assert.equal(body.failed, 0)
    assert.equal(body.added, lines.length)
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
  })

  after(async () => {
    await browser?.close()
    await app?.close()
    await archive?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('sends every UI page with a Content-Security-Policy that allows no inline script', async () => {
    for (const path of ['/', '/search?q=x', '/articles/hostile-1', '/entities/1', '/stories']) {
      const res = await fetch(base + path)
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-security-policy'), UI_CSP)
      const html = await res.text()
      assert.match(html, /<html lang="ar" dir="rtl">/)
      assert.doesNotMatch(html, /<script>(?!<)/, 'no inline script in the shell')
    }
    assert.doesNotMatch(UI_CSP, /unsafe-inline|unsafe-eval/)
  })

  test('searches in Arabic from the box: the count, and highlighted words in titles and snippets', async () => {
    await withPage(async (page) => {
      await visit(page, '/')
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl')
      await page.fill('input[name=q]', 'المملكة')
      await Promise.all([page.waitForURL(/\/search\?q=/), page.press('input[name=q]', 'Enter')])
      await page.waitForSelector('li.hit')
      const expected = await api<{ total: number; results: SearchHit[] }>(`/api/search?q=${encodeURIComponent('المملكة')}&limit=10`)
      assert.ok(expected.total > 0)
      assert.equal(Number(await page.getAttribute('p.count', 'data-total')), expected.total)
      assert.deepEqual(await page.$$eval('li.hit', (els) => els.map((e) => e.getAttribute('data-id'))), expected.results.map((h) => h.id))
      const marked = await page.$$eval('li.hit .snippet mark.match', (els) => els.map((e) => e.textContent ?? ''))
      assert.ok(marked.length > 0)
      for (const m of marked) assert.match(m, /مملك/, `«${m}» is the word searched for`)
      await shoot(page, 'search-desktop')
      // The page's URL is shareable: reloading it draws the same results.
      await page.reload()
      await page.waitForSelector('li.hit')
      assert.equal(await page.inputValue('input[name=q]'), 'المملكة')
      if (expected.total > 10) {
        await Promise.all([page.waitForURL(/cursor=/), page.click('nav.pager a.next')])
        await page.waitForSelector('li.hit')
        const second = await page.$$eval('li.hit', (els) => els.map((e) => e.getAttribute('data-id')))
        assert.ok(second.every((id) => !expected.results.some((h) => h.id === id)), 'the next page holds other articles')
      }
    })
  })

  test('opens an article from the results; each highlight sits on the words of its span', async () => {
    await withPage(async (page) => {
      await visit(page, `/search?q=${encodeURIComponent('الأمير محمد بن سلمان')}`)
      await Promise.all([page.waitForURL(/\/articles\//), page.click('li.hit h2 a')])
      await page.waitForSelector('article.article mark.hl')
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)
      const record = await api<ArticleRecord>(`/api/articles/${encodeURIComponent(id)}`)
      const marks = await page.$$eval('article.article mark.hl', (els) =>
        els.map((e) => ({ text: e.textContent ?? '', start: Number(e.getAttribute('data-start')), end: Number(e.getAttribute('data-end')), part: e.hasAttribute('data-part'), layer: e.getAttribute('data-layer'), key: e.getAttribute('data-key') })),
      )
      const whole = marks.filter((m) => !m.part)
      assert.ok(whole.length > 0)
      for (const m of whole) assert.equal(m.text, record.text.slice(m.start, m.end), `${m.layer} ${m.key} at [${m.start}, ${m.end})`)
      // Every span of every layer is drawn.
      const keys = new Set(marks.map((m) => m.key))
      const mentions = record.entities.reduce((n, e) => n + e.mentions.length, 0)
      assert.equal([...keys].filter((k) => /^E\d+-\d+$/.test(k!)).length, mentions)
      assert.equal([...keys].filter((k) => /^q\d+$/.test(k!)).length, record.quotes.length)
      assert.equal([...keys].filter((k) => /^t\d+$/.test(k!)).length, record.times.length)
      assert.equal([...keys].filter((k) => /^n\d+$/.test(k!)).length, record.quantities.length)
      // A PER entity is drawn as a person.
      const person = record.entities.find((e) => e.type === 'PER')
      if (person) assert.equal(await page.getAttribute(`#m-${person.id}-0`, 'class'), 'hl hl-entity hl-PER')
      // The dateline sits apart from the story text.
      if (record.dateline) {
        const dateline = await page.textContent('.apart.dateline .apart-text')
        assert.equal(dateline, record.text.slice(record.dateline.span[0], record.dateline.span[1]))
        const story = (await page.textContent('.story-text')) ?? ''
        assert.ok(!story.startsWith(dateline!), 'the story text starts after the dateline')
      }
      // The side panel scrolls to a span.
      const last = record.entities[record.entities.length - 1]
      if (last) {
        await page.click(`aside.layers button.jump[data-key="${last.id}-0"]`)
        await page.waitForFunction((sel) => {
          const r = document.querySelector(sel)!.getBoundingClientRect()
          return r.top >= 0 && r.bottom <= window.innerHeight
        }, `#m-${last.id}-0`)
      }
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
      await page.waitForFunction(() => window.scrollY === 0)
      await shoot(page, 'article-desktop')
      // The other articles of its story are listed and linked.
      const story = await api<StoryList>(`/api/stories?article=${encodeURIComponent(id)}`)
      const others = story.stories[0]?.members.filter((m) => m.id !== id) ?? []
      const listed = await page.$$eval('.story-box li a', (els) => els.map((e) => decodeURIComponent(e.getAttribute('href') ?? '')))
      assert.deepEqual(listed, others.map((m) => `/articles/${m.id}`))
    })
  })

  test("opens an entity's page: names, a timeline bar per day, a co-occurrence graph linking to other entities", async () => {
    const stats = await api<{ entities: number }>('/api/stats')
    assert.ok(stats.entities > 0)
    const { entities } = await api<{ entities: EntityReport[] }>(`/api/entities?q=${encodeURIComponent('السعودية')}&limit=16`)
    const report = entities.find((e) => e.cooccurring.length > 0)
    assert.ok(report, 'an entity named السعودية that appears with others')
    await withPage(async (page) => {
      await visit(page, `/entities/${report.id}`)
      assert.equal((await page.textContent('h1'))?.includes(report.name), true)
      const bars = await page.$$eval('svg.timeline rect.bar', (els) => els.map((e) => [e.getAttribute('data-day'), Number(e.getAttribute('data-mentions'))]))
      const unit = await page.getAttribute('svg.timeline', 'data-unit')
      if (unit === 'day') assert.deepEqual(bars, report.timeline.map((d) => [d.day, d.mentions]))
      assert.equal(bars.reduce((n, b) => n + (b[1] as number), 0), report.mentions)
      const nodes = await page.$$eval('svg.cograph a.node', (els) => els.map((e) => e.getAttribute('href')))
      assert.deepEqual(nodes, report.cooccurring.slice(0, 16).map((o) => `/entities/${o.id}`))
      await shoot(page, 'entity-desktop', true)
      const target = report.cooccurring[0]!
      await Promise.all([page.waitForURL(new RegExp(`/entities/${target.id}$`)), page.click('svg.cograph a.node')])
      await page.waitForFunction((name) => document.querySelector('h1')?.textContent?.includes(name), target.name)
    })
  })

  test('lists stories by size with their outlets, and links their articles', async () => {
    await withPage(async (page) => {
      await visit(page, '/stories')
      const expected = await api<StoryList>('/api/stories?limit=20')
      assert.ok(expected.stories.length > 0)
      assert.deepEqual(await page.$$eval('li.story', (els) => els.map((e) => Number(e.getAttribute('data-story')))), expected.stories.map((s) => s.id))
      const first = expected.stories[0]!
      assert.deepEqual(await page.$$eval('li.story:first-child ul.outlets li', (els) => els.map((e) => e.textContent)), first.outlets)
      await page.click('li.story:first-child summary')
      await shoot(page, 'stories-desktop', true)
      await Promise.all([page.waitForURL(/\/articles\//), page.click('li.story:first-child ol.members li:nth-child(2) a')])
      await page.waitForSelector('article.article')
      assert.equal(decodeURIComponent(new URL(page.url()).pathname), `/articles/${first.members[1]!.id}`)
    })
  })

  test('shows the hostile article as text on every page, and runs none of its script', async () => {
    await withPage(async (page) => {
      const record = await api<ArticleRecord>('/api/articles/hostile-1')
      // The quote with HTML in it has a speaker (عادل الجبير), whose entity page lists it.
      const speaker = record.quotes[0]?.speaker?.entity
      const name = record.entities.find((e) => e.id === speaker)?.name
      assert.ok(name, `the hostile quote has a named speaker: ${JSON.stringify(record.quotes[0])}`)
      const entity = (await api<{ entities: EntityReport[] }>(`/api/entities?q=${encodeURIComponent(name)}`)).entities[0]
      assert.ok(entity, `the archive knows ${name}`)
      const pages = ['/articles/hostile-1', `/search?q=${encodeURIComponent('رسالة مهمة')}`, `/search?outlet=${encodeURIComponent(HOSTILE.outlet)}`, `/entities/${entity.id}`]
      for (const path of pages) {
        await visit(page, path)
        const main = await page.$eval('main', (m) => ({
          text: m.textContent ?? '',
          scripts: m.querySelectorAll('script').length,
          imgs: m.querySelectorAll('img').length,
          bold: m.querySelectorAll('b').length,
          jsLinks: [...m.querySelectorAll('a')].filter((a) => (a.getAttribute('href') ?? '').trim().toLowerCase().startsWith('javascript:')).length,
        }))
        assert.equal(main.scripts + main.imgs + main.bold + main.jsLinks, 0, `${path}: no element made from the article's markup`)
        assert.ok(main.text.includes('<b>') || main.text.includes('<img'), `${path}: the markup shows as text`)
        assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined, `${path}: no script of the article ran`)
      }
      await visit(page, '/articles/hostile-1')
      assert.ok((await page.textContent('.story-text'))?.includes("<script>window.__pwned='script'</script>"))
      assert.equal(await page.textContent('article header .url-text'), HOSTILE.url)
      await shoot(page, 'hostile-desktop')
      assert.deepEqual(problems.filter((p) => p.startsWith('dialog')), [])
    })
  })

  test('reads well on a phone: no sideways scrolling on any page', async () => {
    await withPage(async (page) => {
      const report = (await api<{ entities: EntityReport[] }>(`/api/entities?q=${encodeURIComponent('السعودية')}`)).entities[0]!
      const hit = (await api<{ results: SearchHit[] }>(`/api/search?q=${encodeURIComponent('الأمير محمد بن سلمان')}`)).results[0]!
      for (const [name, path] of [
        ['search', `/search?q=${encodeURIComponent('المملكة')}`],
        ['article', `/articles/${encodeURIComponent(hit.id)}`],
        ['entity', `/entities/${report.id}`],
        ['stories', '/stories'],
      ] as const) {
        await visit(page, path)
        const { overflow, wide } = await page.evaluate(() => {
          const w = document.documentElement.clientWidth
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().width > w + 1)
            .slice(-3)
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(el.getBoundingClientRect().width)}px`)
          return { overflow: document.documentElement.scrollWidth - w, wide }
        })
        assert.ok(overflow <= 1, `${name}: the page is ${overflow}px wider than the phone (${wide.join(', ')})`)
        await shoot(page, `${name}-phone`, name === 'entity')
      }
    }, 'phone')
  })

  test('switches to English and back, left to right, and keeps the choice on reload', async () => {
    await withPage(async (page) => {
      await visit(page, '/stories')
      assert.equal(await page.textContent('#nav a:first-child'), 'البحث')
      await page.click('#lang-toggle')
      await page.waitForFunction(() => document.documentElement.lang === 'en')
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr')
      assert.equal(await page.textContent('#nav a:first-child'), 'Search')
      await page.waitForSelector('li.story')
      await shoot(page, 'stories-english-desktop')
      await page.reload()
      await page.waitForSelector('li.story')
      assert.equal(await page.getAttribute('html', 'lang'), 'en')
      await page.click('#lang-toggle')
      await page.waitForFunction(() => document.documentElement.dir === 'rtl')
    })
  })

  test('no script error, console error or CSP violation on any page visited', () => {
    assert.deepEqual(problems, [])
  })
})
