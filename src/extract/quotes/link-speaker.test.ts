import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Entity, Quote, Source } from '../../core/record.js'
import { linkQuotes, linkSpeaker } from './link-speaker.js'

const text = 'وقال وزير الخارجية الروسي سيرجي لافروف إن روسيا مستعدة، بحسب وكالة تاس.'
const at = (s: string): [number, number] => {
  const i = text.indexOf(s)
  return [i, i + s.length]
}
const entities: Entity[] = [
  { id: 'E1', type: 'LOC', name: 'روسيا', latin: 'Russia', mentions: [at('روسيا')] },
  { id: 'E2', type: 'PER', name: 'سيرجي لافروف', latin: 'Sergey Lavrov', mentions: [at('سيرجي لافروف')] },
  { id: 'E3', type: 'ORG', name: 'وكالة تاس', latin: 'TASS', mentions: [at('وكالة تاس')] },
]

test('links a title-and-name phrase to the named entity and narrows the span to its mention', () => {
  const r = linkSpeaker(entities, at('وزير الخارجية الروسي سيرجي لافروف'))
  assert.deepEqual(r, { entity: 'E2', span: at('سيرجي لافروف') })
})

test('keeps a phrase that names no entity, and a null span', () => {
  assert.deepEqual(linkSpeaker(entities, at('وزير الخارجية')), { entity: null, span: at('وزير الخارجية') })
  assert.deepEqual(linkSpeaker(entities, null), { entity: null, span: null })
})

test('fills speaker and source entities without changing the inputs', () => {
  const quotes: Quote[] = [{ span: at('روسيا مستعدة'), direct: false, speaker: { entity: null, span: at('سيرجي لافروف') }, cue: { span: at('قال') } }]
  const sources: Source[] = [{ span: at('وكالة تاس'), entity: null, cue: { span: at('بحسب') } }]
  const linked = linkQuotes(quotes, sources, entities)
  assert.equal(linked.quotes[0]!.speaker!.entity, 'E2')
  assert.equal(linked.sources[0]!.entity, 'E3')
  assert.deepEqual(linked.sources[0]!.span, at('وكالة تاس'))
  assert.equal(quotes[0]!.speaker!.entity, null)
})
