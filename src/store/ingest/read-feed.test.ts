import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ROOT } from '../../../test/shared.js'
import { htmlFragmentToText, looksLikeFeed, parseFeed } from './read-feed.js'

const feed = (name: string): string => readFileSync(join(ROOT, 'test', 'fixtures', 'store', 'feeds', name), 'utf8')

test('reads RSS items: full content, title, link, guid, date, author, and the channel as outlet', () => {
  const items = parseFeed(feed('wire.rss'))
  assert.equal(items.length, 2, 'the item without text is left out')
  assert.deepEqual({ ...items[0]!, text: undefined }, {
    guid: 'marsad-test-feed-1', title: 'افتتاح معرض الكتاب في الرياض', url: 'https://example.org/news/1',
    published: '2015-07-26T09:30:00+03:00', author: 'سارة العتيبي', outlet: 'وكالة المرصد للأنباء', text: undefined,
  })
  assert.match(items[0]!.text, /^الرياض – افتتح .* أكثر من 500 دار نشر/)
  assert.match(items[0]!.text, /\n\nوقال الوزير في كلمته إن المعرض «نافذة على ثقافات العالم»/)
  assert.equal(items[1]!.author, 'قسم الاقتصاد')
  assert.equal(items[1]!.guid, null)
  assert.equal(items[1]!.text, 'ارتفعت أسعار النفط في تعاملات اليوم الاثنين بعد تراجع المخزونات الأمريكية.\nوبلغ سعر خام برنت 54 دولاراً للبرميل.')
})

test('reads Atom entries: escaped HTML content, alternate link, published date, author name', () => {
  const [e] = parseFeed(feed('wire.atom'))
  assert.equal(e!.url, 'https://example.org/atom/kremlin')
  assert.equal(e!.published, '2018-05-29T10:32:14+00:00')
  assert.equal(e!.author, 'فريق التحرير')
  assert.equal(e!.outlet, 'نشرة المرصد')
  assert.equal(e!.text.split('\n\n').length, 2)
})

test('tells feeds from other XML', () => {
  assert.equal(looksLikeFeed(feed('wire.rss')), true)
  assert.equal(looksLikeFeed(feed('not-a-feed.xml')), false)
  assert.throws(() => parseFeed(feed('not-a-feed.xml')), /not an RSS or Atom feed/)
})

test('turns an HTML fragment into paragraphs', () => {
  assert.equal(htmlFragmentToText('<p>أ <b>ب</b></p><p>ج<br>د</p><script>x()</script>'), 'أ ب\n\nج\nد')
  assert.equal(htmlFragmentToText('نص بلا وسوم'), 'نص بلا وسوم')
})
