import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalizeForMatch } from '../normalize/normalize.js'
import { repairChunks, type TaggedChunk } from './chunk-repair.js'
import type { GazetteerMatches } from './ner/features.js'

const PERS = 0
const LOC = 1
const ORG = 2

/**
 * A sentence with the tagger's chunks and the gazetteer's matches, as the entities stage has
 * them: `known` gives, at a token index, the length in tokens of the known name starting there
 * and the proclitic letters its first word drops.
 */
function sentence(text: string, known: Record<number, [length: number, cut: number]> = {}) {
  const tokens = text.split(' ')
  const n = tokens.length
  const gaz: GazetteerMatches = { codes: new Uint8Array(n), lengths: new Uint8Array(n), bits: new Uint16Array(n), cuts: new Uint8Array(n) }
  for (const [i, [len, cut]] of Object.entries(known)) {
    gaz.lengths[Number(i)] = len
    gaz.cuts[Number(i)] = cut
  }
  const forms = tokens.map(normalizeForMatch)
  const form = (i: number): string => forms[i] ?? ''
  const words = (c: TaggedChunk): string => {
    const first = tokens[c.tokenStart]!.slice(c.cut ?? 0)
    return [first, ...tokens.slice(c.tokenStart + 1, c.tokenEnd)].join(' ')
  }
  return { tokens, repair: (chunks: TaggedChunk[]) => repairChunks(chunks, form, gaz).map((c) => [words(c), c.type]) }
}

test('splits two places joined by و where a known place starts after the و', () => {
  // وزار السيسي الرياض ولندن وباريس: الرياض, لندن, باريس are known; the tagger made one chunk.
  const s = sentence('وزار السيسي الرياض ولندن وباريس الأسبوع الماضي', { 2: [1, 0], 3: [1, 1], 4: [1, 1] })
  assert.deepEqual(s.repair([{ tokenStart: 2, tokenEnd: 5, type: LOC }]), [['الرياض', LOC], ['لندن', LOC], ['باريس', LOC]])
})

test('keeps a name the gazetteer knows whole, and a name that only starts with و', () => {
  const bosnia = sentence('زار البوسنة والهرسك أمس', { 1: [2, 0] })
  assert.deepEqual(bosnia.repair([{ tokenStart: 1, tokenEnd: 3, type: LOC }]), [['البوسنة والهرسك', LOC]])
  // ويلسون and وليد are names of their own: nothing known starts after their و.
  const wilson = sentence('قالت هيذر ويلسون إن القوات في بني وليد')
  assert.deepEqual(wilson.repair([{ tokenStart: 1, tokenEnd: 3, type: PERS }, { tokenStart: 6, tokenEnd: 8, type: LOC }]), [['هيذر ويلسون', PERS], ['بني وليد', LOC]])
})

test('does not split organisations, whose names hold و (حزب العدالة والتنمية)', () => {
  const s = sentence('فاز حزب العدالة والتنمية في الانتخابات', { 3: [1, 1] })
  assert.deepEqual(s.repair([{ tokenStart: 1, tokenEnd: 4, type: ORG }]), [['حزب العدالة والتنمية', ORG]])
})

test('cuts the title ولي العهد and honorifics off a person, and drops a chunk of titles alone', () => {
  const s = sentence('استقبل الأمير محمد بن سلمان ولي ولي العهد وأكد سمو ولي العهد أن')
  assert.deepEqual(
    s.repair([{ tokenStart: 2, tokenEnd: 7, type: PERS }, { tokenStart: 9, tokenEnd: 11, type: PERS }]),
    [['محمد بن سلمان', PERS]],
  )
  const abuDhabi = sentence('التقى سمو الشيخ محمد بن زايد ولي عهد أبوظبي')
  assert.deepEqual(abuDhabi.repair([{ tokenStart: 1, tokenEnd: 7, type: PERS }]), [['الشيخ محمد بن زايد', PERS]])
  // ولي alone, not before عهد, is left to the tagger.
  const wali = sentence('وقال محمد ولي إن')
  assert.deepEqual(wali.repair([{ tokenStart: 1, tokenEnd: 3, type: PERS }]), [['محمد ولي', PERS]])
})

test('splits a person chunk where و brings a nisba adjective: نيمار والأوروغوياني لويس سواريز', () => {
  const s = sentence('سجل نيمار والأوروغوياني لويس سواريز هدفين')
  assert.deepEqual(s.repair([{ tokenStart: 1, tokenEnd: 5, type: PERS }]), [['نيمار', PERS], ['لويس سواريز', PERS]])
})

test('two nisba words in a row leave no empty chunk', () => {
  const s = sentence('وصل ميسي والأرجنتيني والبرازيلي نيمار')
  assert.deepEqual(s.repair([{ tokenStart: 1, tokenEnd: 5, type: PERS }]), [['ميسي', PERS], ['نيمار', PERS]])
})

test('knows a title behind two proclitics: ولسمو ولي عهده', () => {
  const s = sentence('الملك سلمان بن عبدالعزيز ولسمو ولي عهده الأمين')
  assert.deepEqual(s.repair([{ tokenStart: 0, tokenEnd: 4, type: PERS }, { tokenStart: 4, tokenEnd: 6, type: PERS }]), [['الملك سلمان بن عبدالعزيز', PERS]])
})

test('drops ولي العهد tagged as an organisation, and leaves an organisation named عهد alone', () => {
  const s = sentence('وفي لقاء بولي العهد قال رئيس حزب العهد إن')
  assert.deepEqual(s.repair([{ tokenStart: 2, tokenEnd: 4, type: ORG }, { tokenStart: 6, tokenEnd: 8, type: ORG }]), [['حزب العهد', ORG]])
  const alone = sentence('سمو ولي العهد')
  assert.deepEqual(alone.repair([{ tokenStart: 2, tokenEnd: 3, type: ORG }]), [])
})

test('splits a place from the larger place it is in: كيندرابارا بولاية أوريسا', () => {
  const s = sentence('في منطقة كيندرابارا بولاية أوريسا شرقي الهند')
  assert.deepEqual(s.repair([{ tokenStart: 2, tokenEnd: 5, type: LOC }]), [['كيندرابارا', LOC], ['ولاية أوريسا', LOC]])
  // A person is not split there.
  const p = sentence('قال أحمد بولاية إن')
  assert.deepEqual(p.repair([{ tokenStart: 1, tokenEnd: 3, type: PERS }]), [['أحمد بولاية', PERS]])
})

test('cuts the title آية الله off a person, and drops it alone', () => {
  const s = sentence('وقال آية الله علي السيستاني إن آية الله دعا')
  assert.deepEqual(s.repair([{ tokenStart: 1, tokenEnd: 5, type: PERS }, { tokenStart: 6, tokenEnd: 8, type: PERS }]), [['علي السيستاني', PERS]])
  // عبد الله is a name.
  const abd = sentence('قال عبد الله الثاني')
  assert.deepEqual(abd.repair([{ tokenStart: 1, tokenEnd: 4, type: PERS }]), [['عبد الله الثاني', PERS]])
})

test('drops a currency standing alone (اليورو, والدولار), not a chunk that holds one', () => {
  const s = sentence('وارتفع اليورو أمام الدولار بينما صعد بنك اليورو الأوروبي')
  assert.deepEqual(s.repair([{ tokenStart: 1, tokenEnd: 2, type: LOC }, { tokenStart: 3, tokenEnd: 4, type: ORG }, { tokenStart: 6, tokenEnd: 9, type: ORG }]), [['بنك اليورو الأوروبي', ORG]])
})

test('the article ذي/ذا joins the name after it, as a chunk of its own or left out', () => {
  const s = sentence('وقالت صحيفة ذي دايلي ستار إن ذا تايمز نشرت وأن ذي لا')
  assert.deepEqual(s.repair([{ tokenStart: 2, tokenEnd: 3, type: ORG }, { tokenStart: 3, tokenEnd: 5, type: ORG }, { tokenStart: 7, tokenEnd: 8, type: ORG }]), [['ذي دايلي ستار', ORG], ['ذا تايمز', ORG]])
})

test('a blessing after a name is not part of it (الملك فيصل رحمه الله), and alone is no name', () => {
  const s = sentence('وقال الملك فيصل رحمه الله إن رحمه الله واسعة')
  assert.deepEqual(s.repair([{ tokenStart: 1, tokenEnd: 5, type: PERS }, { tokenStart: 6, tokenEnd: 8, type: PERS }]), [['الملك فيصل', PERS]])
})

test('an adverb in -يا alone is no place (ميدانيا), a country in -يا is (سوريا)', () => {
  const s = sentence('وميدانيا قتل ثلاثون شخصا في سوريا')
  assert.deepEqual(s.repair([{ tokenStart: 0, tokenEnd: 1, type: LOC }, { tokenStart: 5, tokenEnd: 6, type: LOC }]), [['سوريا', LOC]])
})

test('a person chunk that starts with a group word is an organisation (ميليشيا الحوثي)', () => {
  const s = sentence('وقصفت ميليشيا الحوثي مواقع الجيش')
  assert.deepEqual(s.repair([{ tokenStart: 1, tokenEnd: 3, type: PERS }]), [['ميليشيا الحوثي', ORG]])
})
