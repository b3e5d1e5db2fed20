import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { htmlToArticle } from './html-to-text.js'

const fixture = new URL('../../test/fixtures/ingest/arabic-news-page/', import.meta.url)
const page = readFileSync(new URL('input.html', fixture), 'utf8')
const expected: unknown = JSON.parse(readFileSync(new URL('expected.json', fixture), 'utf8'))

const seed = readFileSync(new URL('../../examples/seed-article.txt', import.meta.url), 'utf8')
const paragraphs = seed.split('\n\n')

/** A page whose story Readability can find: the seed article's first paragraphs, plus `extra` inside the story. */
function articlePage(extra: string, head = ''): string {
  const story = paragraphs.slice(0, 4).map((p) => `<p>${p}</p>`)
  story.splice(2, 0, extra)
  return `<html lang="ar" dir="rtl"><head>${head}</head><body><nav><a href="/">الرئيسية</a></nav><article>${story.join('\n')}</article></body></html>`
}

/** Every line is trimmed, spaces are single, paragraphs are split by exactly one blank line. */
function assertCleanText(text: string): void {
  assert.equal(text, text.trim())
  assert.doesNotMatch(text, /\n{3,}/)
  assert.doesNotMatch(text, /[ \t\u00A0]{2,}/)
  for (const line of text.split('\n')) assert.equal(line, line.trim(), JSON.stringify(line))
}

test('extracts the story of an Arabic news page, paragraphs in order, and its metadata', () => {
  const article = htmlToArticle(page)
  assert.deepEqual(article, expected)
  const story = article.text.split('\n\n')
  assert.equal(story.length, 5)
  assert.ok(story[0]!.startsWith('موسكو (أ ف ب) – زار كبير الدبلوماسيين'))
  assert.ok(story[1]!.startsWith('وفي اجتماع منفصل مع نظيرها الروسي'))
  assert.ok(story[3]!.startsWith('وقال لافروف: “هذه الأعمال البطولية'), story[3]) // the source breaks this line after the colon
  assert.equal(article.title, 'وزيرة خارجية كوريا الشمالية تزور الكرملين وتلتقي بوتين')
  assert.equal(article.published, '2025-10-28T09:30:00+03:00')
  assert.equal(article.outlet, 'صحيفة المثال')
  assert.equal(article.lang, 'ar')
  assert.deepEqual(article.warnings, [])
})

test('leaves menus, share buttons, scripts and styles out of the text', () => {
  const { text } = htmlToArticle(page)
  for (const noise of ['الرئيسية', 'شارك على فيسبوك', 'جميع الحقوق محفوظة', 'dataLayer', 'trackPageView', 'إعلان', 'font-family', 'NewsArticle']) {
    assert.ok(!text.includes(noise), `text holds ${noise}`)
  }
})

test('keeps a <br> inside a paragraph as one newline and collapses white space', () => {
  const { text } = htmlToArticle(page)
  assertCleanText(text)
  const last = text.split('\n\n').at(-1)!
  assert.deepEqual(last.split('\n'), [
    'ووفقا للتقييمات الكورية الجنوبية، أرسلت كوريا الشمالية حوالي 15 ألف جندي إلى روسيا منذ الخريف الماضي.',
    'وقد وافق كيم أيضًا على الإرسال الآلاف من عمال البناء العسكريين وعمال إزالة الألغام إلى منطقة كورسك الروسية.',
  ])
})

test('never lets a script inside the article body into the text', () => {
  const html = articlePage('<script>alert(1)</script><p>وأشار تشوي إلى “تقدم كبير” في العلاقات بين البلدين.<script>alert("x")</script></p><noscript>فعّل جافاسكريبت</noscript><style>p{color:red}</style>')
  const { text, warnings } = htmlToArticle(html)
  assert.deepEqual(warnings, [])
  assert.ok(text.includes('وأشار تشوي إلى “تقدم كبير” في العلاقات بين البلدين.'))
  for (const leak of ['alert', 'جافاسكريبت', 'color:red']) assert.ok(!text.includes(leak), `text holds ${leak}`)
})

test('reads malformed HTML without throwing: unclosed tags and a stray <', () => {
  const html = '<html><body><div><p>وقال لافروف: <b>هذه الأعمال البطولية <p>ستعزز بالطبع < أواصر الصداقة<div><i>والوحدة التاريخية'
  const { text } = htmlToArticle(html)
  assertCleanText(text)
  for (const words of ['وقال لافروف: هذه الأعمال البطولية', 'ستعزز بالطبع < أواصر الصداقة', 'والوحدة التاريخية']) {
    assert.ok(text.includes(words), `${JSON.stringify(text)} lacks ${words}`)
  }
})

test('never throws on junk, an empty page or a fragment without <html>', () => {
  for (const html of ['', '<<<>>><<p>>', '</div></body></html>', '<p>نص قصير', '<div>'.repeat(20_000) + 'عميق', '<html><body>\u0000\uFFFF</body></html>']) {
    const article = htmlToArticle(html)
    assert.equal(typeof article.text, 'string')
    assertCleanText(article.text)
  }
  assert.equal(htmlToArticle('<p>نص قصير').text, 'نص قصير')
  assert.equal(htmlToArticle('<div>'.repeat(20_000) + 'عميق').text, 'عميق')
})

test('falls back to the body text with html-no-article when Readability finds no story', () => {
  const article = htmlToArticle('<html><body><footer>جميع الحقوق محفوظة © 2025</footer><script>track()</script></body></html>')
  assert.equal(article.text, 'جميع الحقوق محفوظة © 2025')
  assert.deepEqual(article.warnings.map((w) => w.code), ['html-no-article'])
  assert.deepEqual(htmlToArticle('').warnings.map((w) => w.code), ['html-no-article'])
})

test('writes every block as its own paragraph: headings, list items, two <br> in a row', () => {
  const html = '<div><h2>عنوان فرعي</h2><p>سطر أول<br>سطر ثان<br><br>فقرة جديدة</p><ul><li>بند أول</li><li>بند <b>ثان</b></li></ul><table><tr><td>موسكو</td><td>15 ألف</td></tr></table><p hidden>مخفي</p></div>'
  assert.equal(htmlToArticle(html).text, 'عنوان فرعي\n\nسطر أول\nسطر ثان\n\nفقرة جديدة\n\nبند أول\n\nبند ثان\n\nموسكو 15 ألف')
})

test('finds the date in JSON-LD, itemprop, <time> or the URL, in ISO form', () => {
  const jsonLd = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","datePublished":"2025-10-28 09:30"}]}</script>'
  assert.equal(htmlToArticle(articlePage('', jsonLd)).published, '2025-10-28T09:30:00')
  assert.equal(htmlToArticle(articlePage('', '<meta itemprop="datePublished" content="2025/10/27">')).published, '2025-10-27')
  assert.equal(htmlToArticle(articlePage('<time datetime="2025-10-26T08:00:00Z">26 أكتوبر</time>')).published, '2025-10-26T08:00:00Z')
  assert.equal(htmlToArticle(articlePage(''), { url: 'https://news.example.com/world/2025/10/25/north-korea' }).published, '2025-10-25')
  assert.equal(htmlToArticle(articlePage('', '<meta name="pubdate" content="Tue, 28 Oct 2025 06:30:00 GMT">')).published, '2025-10-28T06:30:00Z')
  assert.equal(htmlToArticle(articlePage('')).published, null)
})

test('warns bad-published when the page date cannot be read, and keeps published null', () => {
  const article = htmlToArticle(articlePage('', '<meta property="article:published_time" content="منذ ساعتين">'))
  assert.equal(article.published, null)
  assert.deepEqual(article.warnings.map((w) => w.code), ['bad-published'])
  assert.match(article.warnings[0]!.message, /منذ ساعتين/)
})

test('takes title, outlet and byline from the page when they are there, else null', () => {
  const head = '<title>بوتين يستقبل وزيرة خارجية كوريا الشمالية - وكالة المثال</title><meta property="og:site_name" content=" وكالة  المثال "><meta name="author" content="https://facebook.com/someone">'
  const article = htmlToArticle(articlePage('', head))
  assert.equal(article.outlet, 'وكالة المثال')
  assert.equal(article.byline, null) // a profile URL is not a byline
  assert.match(article.title ?? '', /^بوتين يستقبل وزيرة خارجية كوريا الشمالية/)
  const bare = htmlToArticle('<p>نص</p>')
  assert.deepEqual([bare.title, bare.byline, bare.outlet, bare.lang, bare.published], [null, null, null, null, null])
})
