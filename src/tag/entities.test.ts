import { test } from 'node:test'
import assert from 'node:assert/strict'
import { groupMentions, isShortFormOf, type Mention } from './entities.js'
import { NameIndex, parseGazetteer, type EntityType } from './gazetteer.js'
import { nameKey } from './name-key.js'

/** Mentions of `names` in order of appearance, each `[surface, type]`, found left to right in `text`. */
function mentionsIn(text: string, names: [string, EntityType][]): Mention[] {
  let from = 0
  return names.map(([surface, type]) => {
    const start = text.indexOf(surface, from)
    assert.ok(start >= 0, `'${surface}' not found after ${from}`)
    from = start + surface.length
    return { span: [start, start + surface.length] as const, type }
  })
}

const names = new NameIndex([
  ...parseGazetteer('arabic\tlatin\tkind\tsource\nفلاديمير بوتين\tVladimir Putin\tperson\tcurated\nكيم جونغ أون\tKim Jong Un\tperson\tcurated\nرجب طيب أردوغان\tRecep Tayyip Erdogan\tperson\tcurated\n', 'PER'),
  ...parseGazetteer('arabic\tlatin\tkind\tsource\nالإمارات\tUnited Arab Emirates\tcountry\tcurated\nالإمارات العربية المتحدة\tUnited Arab Emirates\tcountry\tcurated\nموسكو\tMoscow\tcity\tcurated\n', 'LOC'),
])

// The seed article's people, in their order there (shared/examples/seed-article.txt).
const SEED = 'زار الرئيس الروسي فلاديمير بوتين موسكو. قال بوتين. الزعيم كيم جونغ أون. دبلوماسية كيم. وكان بوتين وكيم. ' +
  'أكدت الوزيرة تشوي سون هوي. وأشار تشوي. ساهم الكاتب كيم تونغ هيونغ في وكالة أسوشيتد برس.'

test('groups a surname with the full name it abbreviates (بوتين → فلاديمير بوتين)', () => {
  const m = mentionsIn(SEED, [['فلاديمير بوتين', 'PER'], ['موسكو', 'LOC'], ['بوتين', 'PER'], ['بوتين', 'PER']])
  const entities = groupMentions(SEED, m, names)
  assert.equal(entities.length, 2)
  const putin = entities.find((e) => e.type === 'PER')!
  assert.equal(putin.name, 'فلاديمير بوتين')
  assert.equal(putin.latin, 'Vladimir Putin')
  assert.equal(putin.mentions.length, 3)
})

test('joins كيم to كيم جونغ أون but not to the later كيم تونغ هيونغ', () => {
  const m = mentionsIn(SEED, [
    ['كيم جونغ أون', 'PER'], ['كيم', 'PER'], ['كيم', 'PER'], ['تشوي سون هوي', 'PER'], ['تشوي', 'PER'], ['كيم تونغ هيونغ', 'PER'],
  ])
  const entities = groupMentions(SEED, m, names)
  const byName = new Map(entities.map((e) => [e.name, e]))
  assert.equal(byName.get('كيم جونغ أون')?.mentions.length, 3)
  assert.equal(byName.get('كيم جونغ أون')?.latin, 'Kim Jong Un')
  assert.equal(byName.get('كيم تونغ هيونغ')?.mentions.length, 1)
  assert.equal(byName.get('كيم تونغ هيونغ')?.latin, null)
  assert.equal(byName.get('تشوي سون هوي')?.mentions.length, 2, 'a Korean family name comes first')
})

test('numbers entities by first mention and keeps mentions sorted', () => {
  const m = mentionsIn(SEED, [['فلاديمير بوتين', 'PER'], ['موسكو', 'LOC'], ['بوتين', 'PER']])
  const entities = groupMentions(SEED, m, names)
  assert.deepEqual(entities.map((e) => e.id), ['E1', 'E2'])
  assert.equal(entities[0]!.name, 'فلاديمير بوتين')
  for (const e of entities) {
    const starts = e.mentions.map((s) => s[0])
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b))
  }
})

test('joins transliteration variants of one name (كيم جونج أون, كيم جونغ أون)', () => {
  const text = 'التقى كيم جونغ أون. وقال كيم جونج أون.'
  const entities = groupMentions(text, mentionsIn(text, [['كيم جونغ أون', 'PER'], ['كيم جونج أون', 'PER']]), names)
  assert.equal(entities.length, 1)
  assert.equal(entities[0]!.latin, 'Kim Jong Un')
})

test('joins two names the gazetteer gives one Latin name (الإمارات, الإمارات العربية المتحدة)', () => {
  const text = 'في الإمارات العربية المتحدة. وقالت الإمارات.'
  const entities = groupMentions(text, mentionsIn(text, [['الإمارات العربية المتحدة', 'LOC'], ['الإمارات', 'LOC']]), names)
  assert.equal(entities.length, 1)
  assert.equal(entities[0]!.name, 'الإمارات العربية المتحدة')
  assert.equal(entities[0]!.latin, 'United Arab Emirates')
})

test('resolves a surname seen alone when one known person has it (أردوغان)', () => {
  const text = 'قال أردوغان إن أردوغان.'
  const entities = groupMentions(text, mentionsIn(text, [['أردوغان', 'PER'], ['أردوغان', 'PER']]), names)
  assert.equal(entities.length, 1)
  assert.equal(entities[0]!.latin, 'Recep Tayyip Erdogan')
  assert.equal(entities[0]!.name, 'رجب طيب أردوغان')
})

test('leaves latin null for an unknown name instead of transliterating it', () => {
  const text = 'قال سيبان حمو.'
  const entities = groupMentions(text, mentionsIn(text, [['سيبان حمو', 'PER']]), names)
  assert.equal(entities[0]!.latin, null)
})

test('keeps a latin name given with the mention (a dateline agency)', () => {
  const text = 'موسكو (أ ف ب) – زار'
  const entities = groupMentions(text, [{ span: [7, 12], type: 'ORG', latin: 'AFP' }], names)
  assert.equal(entities[0]!.latin, 'AFP')
})

test('types an entity by the vote of its mentions', () => {
  const text = 'روسيا وروسيا وروسيا'
  const m = mentionsIn(text, [['روسيا', 'LOC'], ['روسيا', 'ORG'], ['روسيا', 'LOC']])
  const entities = groupMentions(text, m, null)
  assert.equal(entities.length, 1)
  assert.equal(entities[0]!.type, 'LOC')
})

test('reads short forms of places only through designators', () => {
  const k = (s: string): string[] => nameKey(s).split(' ')
  assert.ok(isShortFormOf(k('الكونغو'), k('جمهورية الكونغو الديمقراطية'), 'LOC'))
  assert.ok(!isShortFormOf(k('أفريقيا'), k('غرب أفريقيا'), 'LOC'))
  assert.ok(!isShortFormOf(k('كوريا'), k('كوريا الشمالية'), 'LOC'))
})

test('reads short forms of organisations unless the short form is generic', () => {
  const k = (s: string): string[] => nameKey(s).split(' ')
  assert.ok(isShortFormOf(k('الأناضول'), k('وكالة الأناضول'), 'ORG'))
  assert.ok(isShortFormOf(k('بايرن'), k('بايرن ميونيخ'), 'ORG'))
  assert.ok(!isShortFormOf(k('الاتحاد'), k('الاتحاد الأوروبي'), 'ORG'))
  // The name between the kind of organisation and an adjective.
  assert.ok(isShortFormOf(k('البوليساريو'), k('جبهة البوليساريو الانفصالية'), 'ORG'))
  assert.ok(!isShortFormOf(k('الوطني'), k('البنك الوطني الكويتي'), 'ORG'))
  assert.ok(!isShortFormOf(k('الأمم المتحدة'), k('برنامج الأمم المتحدة الإنمائي'), 'ORG'))
})

test('reads first and last names of people, not middle ones', () => {
  const k = (s: string): string[] => nameKey(s).split(' ')
  assert.ok(isShortFormOf(k('داود أوغلو'), k('أحمد داود أوغلو'), 'PER'))
  assert.ok(isShortFormOf(k('كيم'), k('كيم جونغ أون'), 'PER'))
  assert.ok(!isShortFormOf(k('جونغ'), k('كيم جونغ أون'), 'PER'))
})

test('joins a person\'s first and family names to the longer chain they frame (عبد الرحمن النعيمي)', () => {
  const text = 'اتهمت واشنطن عبد الرحمن بن عمير النعيمي بتمويل القاعدة. ونفى عبد الرحمن النعيمي ذلك، وقال النعيمي إن التهم باطلة. وقال عبد الرحمن العطية إن'
  const entities = groupMentions(text, mentionsIn(text, [['عبد الرحمن بن عمير النعيمي', 'PER'], ['عبد الرحمن النعيمي', 'PER'], ['النعيمي', 'PER'], ['عبد الرحمن العطية', 'PER']]), names)
  assert.deepEqual(entities.map((e) => [e.name, e.mentions.length]), [['عبد الرحمن بن عمير النعيمي', 3], ['عبد الرحمن العطية', 1]])
  assert.ok(isShortFormOf(['محمد', 'سلمان'], ['محمد', 'بن', 'سلمان'], 'PER'))
  assert.ok(!isShortFormOf(['محمد', 'نايف'], ['محمد', 'بن', 'سلمان'], 'PER'))
})

test('keeps a known place out of a person whose name folds like it (فرنسا, فرانسوا هولاند)', () => {
  const text = 'قال الرئيس الفرنسي فرانسوا هولاند إن فرنسا لن تتراجع.'
  const known = new NameIndex(parseGazetteer('arabic\tlatin\tkind\tsource\nفرنسا\tFrance\tcountry\tcurated\n', 'LOC'))
  const entities = groupMentions(text, mentionsIn(text, [['فرانسوا هولاند', 'PER'], ['فرنسا', 'PER']]), known)
  assert.deepEqual(entities.map((e) => [e.name, e.type, e.latin]), [['فرانسوا هولاند', 'PER', null], ['فرنسا', 'LOC', 'France']])
})

test('gives the article back to a name cut after the preposition ل (للرياض → الرياض), not to للبنان', () => {
  const gaz = new NameIndex([
    ...parseGazetteer('arabic\tlatin\tkind\tsource\nالرياض\tRiyadh\tcity\tcurated\nلبنان\tLebanon\tcountry\tcurated\n', 'LOC'),
  ])
  // SPEC cuts `للرياض` after its first lam: the mention is `لرياض`.
  const text = 'وصل الرئيس إلى الرياض، وهي أول زيارة للرياض منذ عام، ثم عاد للبنان.'
  const at = (word: string, cut: number): Mention => {
    const start = text.indexOf(word) + cut
    return { span: [start, start + word.length - cut] as const, type: 'LOC' }
  }
  const entities = groupMentions(text, [at('الرياض', 0), at('للرياض', 1), at('للبنان', 1)], gaz)
  assert.deepEqual(entities.map((e) => [e.name, e.latin, e.mentions.length]), [['الرياض', 'Riyadh', 2], ['لبنان', 'Lebanon', 1]])
})

test('keeps a known place apart from the organisation named after it, even when the tagger calls both ORG (أرامكو السعودية, السعودية)', () => {
  const text = 'أعلنت شركة أرامكو السعودية عن أرباحها. وقالت السعودية إن الإنتاج سيرتفع، وأضافت أرامكو أن الطلب قوي.'
  const known = new NameIndex(parseGazetteer('arabic\tlatin\tkind\tsource\nالسعودية\tSaudi Arabia\tcountry\tcurated\n', 'LOC'))
  const entities = groupMentions(text, mentionsIn(text, [['أرامكو السعودية', 'ORG'], ['السعودية', 'ORG'], ['أرامكو', 'ORG']]), known)
  assert.deepEqual(entities.map((e) => [e.name, e.type, e.mentions.length]), [['أرامكو السعودية', 'ORG', 2], ['السعودية', 'LOC', 1]])
  assert.equal(entities[1]!.latin, 'Saudi Arabia')
})

test('returns no entities for no mentions', () => {
  assert.deepEqual(groupMentions('نص', [], names), [])
})

test('a lone surname takes a known person\'s Latin name only when spelled as that surname: سوزان is not سيزان', () => {
  const known = new NameIndex(parseGazetteer('arabic\tlatin\tkind\tsource\nبول سيزان\tPaul Cezanne\tperson\tcurated\nدونالد ترامب\tDonald Trump\tperson\tcurated\n', 'PER'))
  assert.equal(known.lastNameOf('سيزان')?.latin, 'Paul Cezanne')
  assert.equal(known.lastNameOf('سوزان'), null, 'folds like سيزان, but is another word')
  assert.equal(known.lastNameOf('ترامب')?.latin, 'Donald Trump')
})
