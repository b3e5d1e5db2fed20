import { test } from 'node:test'
import assert from 'node:assert/strict'
import { hashContent, identifyArticle } from './article-key.js'
import { defaultNameKey, entityKeys, latinKey } from './entity-key.js'

test('keys an article by its id, else its URL, else its place, else its content', () => {
  const text = 'نص الخبر'
  assert.equal(identifyArticle({ id: 'a1', url: 'https://x/1', text }, '/f.txt').key, 'id:a1')
  assert.equal(identifyArticle({ url: 'https://x/1', text }, '/f.txt').key, 'url:https://x/1')
  const byPlace = identifyArticle({ text }, '/f.txt')
  assert.deepEqual([byPlace.key, byPlace.dedupeByContent], ['path:/f.txt', true])
  assert.match(identifyArticle({ text }, null).key, /^hash:[0-9a-f]{32}$/)
})

test('any change of text or metadata changes the content hash', () => {
  const base = { text: 'نص', title: 'عنوان', url: null, outlet: 'X', published: '2025-01-01' }
  const h = hashContent(base)
  assert.equal(h, hashContent({ ...base }))
  for (const change of [{ text: 'نص.' }, { title: 'عنوان آخر' }, { outlet: 'Y' }, { published: '2025-01-02' }]) assert.notEqual(hashContent({ ...base, ...change }), h)
})

test('name keys meet across spellings; Latin keys ignore case and accents', () => {
  assert.equal(defaultNameKey('بيونغ يانغ'), defaultNameKey('بيونج يانج'))
  assert.equal(defaultNameKey('كيم جونغ أون'), defaultNameKey('كيم جونج اون'))
  assert.equal(defaultNameKey('عبد الله'), defaultNameKey('عبدالله'))
  assert.equal(defaultNameKey('إسرائيل'), defaultNameKey('اسرائيل'))
  assert.notEqual(defaultNameKey('محمد'), defaultNameKey('محمود'))
  assert.equal(latinKey('Recep Tayyip  Erdoğan'), 'recep tayyip erdogan')
  assert.deepEqual(entityKeys({ type: 'PER', name: 'فلاديمير بوتين', latin: 'Vladimir Putin' }, ['بوتين', 'بوتين']), [
    'PER|latin:vladimir putin',
    `PER|name:${defaultNameKey('فلاديمير بوتين')}`,
    `PER|name:${defaultNameKey('بوتين')}`,
  ])
})
