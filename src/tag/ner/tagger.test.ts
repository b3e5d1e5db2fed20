import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseConll, scoreConll } from './conll.js'
import { decodeModel, encodeModel } from './load-model.js'
import { DOCUMENT_WINDOW, NerTagger, tidyChunks } from './tagger.js'
import { chunksOf, TAGS, tagId } from './tags.js'
import { FeatureExtractor } from './features.js'
import { buildGazetteerIndex } from './gazetteer-index.js'
import { normalizeForMatch } from '../../normalize/normalize.js'
import { tinyTrainingText, trainTinyModel } from '../../../test/fixtures/ner/tiny-model.js'

const model = trainTinyModel(tinyTrainingText())
const tag = (tagger: NerTagger, sentence: string): string[] => Array.from(tagger.tagConll([sentence.split(' ')], DOCUMENT_WINDOW)[0]!, (t) => TAGS[t]!)

test('tags the sentences it was trained on', () => {
  const sentences = parseConll(tinyTrainingText())
  const tagger = new NerTagger(model)
  const pred = tagger.tagConll(sentences.map((s) => s.tokens), DOCUMENT_WINDOW)
  const score = scoreConll(sentences.map((s, i) => ({ gold: s.tags!, pred: Array.from(pred[i]!, (t) => TAGS[t]!) })))
  assert.equal(score.overall.f1, 100)
})

test('tags a known name in a new sentence', () => {
  const tagger = new NerTagger(model)
  assert.deepEqual(tag(tagger, 'وقال بوتين إن موسكو مستعدة'), ['O', 'B-PERS', 'O', 'B-LOC', 'O'])
})

test('never starts a chunk with I- when decoding is constrained', () => {
  const tagger = new NerTagger(model)
  for (const s of ['المتحدة جونغ أون', 'أون الشمالية', 'الأنباء المركزية الكورية']) {
    const tags = tag(tagger, s)
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.equal(tags[i - 1]?.slice(2), t.slice(2), `${s}: ${tags.join(' ')}`)
    })
  }
})

test('a model survives writing and reading its file (int16 weights)', () => {
  const bytes = encodeModel(model, { note: 'test' })
  const back = decodeModel(bytes)
  assert.equal(back.meta.note, 'test')
  const a = new NerTagger(model)
  const b = new NerTagger(back)
  const sentences = parseConll(tinyTrainingText()).map((s) => s.tokens)
  assert.deepEqual(b.tagConll(sentences, DOCUMENT_WINDOW), a.tagConll(sentences, DOCUMENT_WINDOW))
})

test('refuses a file that is not a model', () => {
  assert.throws(() => decodeModel(Buffer.from('not a model at all')), /Not a Marsad NER model/)
})

test('tags an empty sentence list and an empty sentence', () => {
  const tagger = new NerTagger(model)
  assert.deepEqual(tagger.tagConll([], DOCUMENT_WINDOW), [])
  assert.equal(tagger.tagConll([[]], DOCUMENT_WINDOW)[0]!.length, 0)
})

test('reads chunks as conlleval does (I- after O opens a chunk)', () => {
  const ids = ['O', 'I-PERS', 'I-PERS', 'B-LOC', 'I-ORG', 'B-ORG', 'I-ORG'].map(tagId)
  assert.deepEqual(chunksOf(ids).map((c) => [c.tokenStart, c.tokenEnd, c.type]), [[1, 3, 0], [3, 4, 1], [4, 5, 2], [5, 7, 2]])
})

test('scores entities, not tokens: a boundary error costs a false positive and a miss', () => {
  const s = scoreConll([{ gold: ['B-PERS', 'I-PERS', 'O', 'B-LOC'], pred: ['B-PERS', 'O', 'O', 'B-LOC'] }])
  assert.equal(s.overall.correct, 1)
  assert.equal(s.overall.predicted, 2)
  assert.equal(s.overall.gold, 2)
  assert.equal(s.byType.PERS!.f1, 0)
  assert.equal(s.byType.LOC!.f1, 100)
})

test('parses CoNLL with and without tags', () => {
  const s = parseConll('موسكو B-LOC\nزار O\n\n\nبوتين\nقال\n')
  assert.equal(s.length, 2)
  assert.deepEqual(s[0], { tokens: ['موسكو', 'زار'], tags: ['B-LOC', 'O'] })
  assert.deepEqual(s[1], { tokens: ['بوتين', 'قال'], tags: null })
})

test('tidies chunks: a one-word ORG and the place after it are one ORG, a name takes its longer form from the document', () => {
  const fx = new NerTagger(model).features
  const sentences = ['وقال طلعت زكريا إن', 'فاز دينامو كييف بمراكش', 'ثم قال طلعت زكريا', 'قال زكريا'].map((s) => s.split(' ').map((t) => fx.profile(t)))
  const tags = [
    ['O', 'B-PERS', 'I-PERS', 'O'],
    ['O', 'B-ORG', 'B-LOC', 'B-LOC'],
    ['O', 'O', 'O', 'B-PERS'],
    ['O', 'B-PERS'],
  ].map((s) => Uint8Array.from(s, tagId))
  const out = tidyChunks(sentences, tags, DOCUMENT_WINDOW).map((t) => Array.from(t, (x) => TAGS[x]!))
  assert.deepEqual(out[1], ['O', 'B-ORG', 'I-ORG', 'B-LOC'])
  assert.deepEqual(out[2], ['O', 'O', 'B-PERS', 'I-PERS'])
  // A name seen only alone stays as it is, and so does a sentence beyond the window.
  assert.deepEqual(out[3], ['O', 'B-PERS'])
  assert.deepEqual(tidyChunks([sentences[0]!, sentences[2]!], [tags[0]!, Uint8Array.from([0, 0, 0, 1])], 0)[1], Uint8Array.from([0, 0, 0, 1]))
})

test('tidies chunks: a one-word place before a masculine nationality adjective is a club', () => {
  const fx = new FeatureExtractor({ words: null, gazetteer: buildGazetteerIndex([], ['الإيطالي']), nameLikeness: null })
  const sentences = ['فاز ميلان الإيطالي', 'في روما الإيطالية'].map((s) => s.split(' ').map((t) => fx.profile(normalizeForMatch(t))))
  const tags = [['O', 'B-LOC', 'O'], ['O', 'B-LOC', 'O']].map((s) => Uint8Array.from(s, tagId))
  const out = tidyChunks(sentences, tags, DOCUMENT_WINDOW).map((t) => Array.from(t, (x) => TAGS[x]!))
  assert.deepEqual(out, [['O', 'B-ORG', 'O'], ['O', 'B-LOC', 'O']])
})
