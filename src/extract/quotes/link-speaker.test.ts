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

test('with the text, an organisation inside a titled phrase is where the speaker works: the phrase stays whole and unlinked', () => {
  const t = 'وقال مدير برنامج الأغذية العالمي إن الوضع خطير، بحسب صحيفة واشنطن بوست.'
  const at2 = (s: string): [number, number] => [t.indexOf(s), t.indexOf(s) + s.length]
  const orgs: Entity[] = [
    { id: 'E1', type: 'ORG', name: 'برنامج الأغذية العالمي', latin: null, mentions: [at2('برنامج الأغذية العالمي')] },
    { id: 'E2', type: 'ORG', name: 'واشنطن بوست', latin: 'The Washington Post', mentions: [at2('واشنطن بوست')] },
  ]
  assert.deepEqual(linkSpeaker(orgs, at2('مدير برنامج الأغذية العالمي'), t), { entity: null, span: at2('مدير برنامج الأغذية العالمي') })
  assert.deepEqual(linkSpeaker(orgs, at2('برنامج الأغذية العالمي'), t), { entity: 'E1', span: at2('برنامج الأغذية العالمي') })
  // No title before the name: the newspaper is the entity.
  assert.deepEqual(linkSpeaker(orgs, at2('صحيفة واشنطن بوست'), t), { entity: 'E2', span: at2('واشنطن بوست') })
  // Without the text, the older rule: the mention with the most overlap.
  assert.equal(linkSpeaker(orgs, at2('مدير برنامج الأغذية العالمي')).entity, 'E1')
})
