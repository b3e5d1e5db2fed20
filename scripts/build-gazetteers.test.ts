import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cleanArabic, cleanLatin, latinKey, titleCase, translitScore } from './build-gazetteers.js'

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'data', 'gazetteers')
const FILES = ['loc', 'per', 'org'] as const
const KINDS: Record<(typeof FILES)[number], string[]> = {
  loc: ['country', 'city', 'region', 'continent', 'place'],
  per: ['person'],
  org: ['intl', 'party', 'armed-group', 'agency', 'media', 'company', 'club', 'government', 'other'],
}
/** Upper bounds in bytes: the gazetteers ship inside the package. */
const MAX_BYTES: Record<(typeof FILES)[number], number> = { loc: 1_000_000, per: 600_000, org: 300_000 }

interface Row { arabic: string; latin: string; kind: string; source: string }

function readRows(name: string): { header: string; rows: Row[]; raw: string[] } {
  const lines = readFileSync(join(DIR, `${name}.tsv`), 'utf8').split('\n')
  assert.equal(lines.at(-1), '', `${name}.tsv ends with a newline`)
  const body = lines.slice(1, -1)
  const rows = body.map((l) => {
    const [arabic = '', latin = '', kind = '', source = ''] = l.split('\t')
    return { arabic, latin, kind, source }
  })
  return { header: lines[0]!, rows, raw: body }
}

const data = Object.fromEntries(FILES.map((f) => [f, readRows(f)])) as Record<(typeof FILES)[number], ReturnType<typeof readRows>>

function lookup(file: (typeof FILES)[number], arabic: string): Row | undefined {
  return data[file].rows.find((r) => r.arabic === arabic)
}

for (const file of FILES) {
  test(`${file}.tsv has the header and four non-empty columns on every row`, () => {
    assert.equal(data[file].header, 'arabic\tlatin\tkind\tsource')
    assert.ok(data[file].rows.length > 500, 'has rows')
    for (const line of data[file].raw) {
      const cols = line.split('\t')
      assert.equal(cols.length, 4, line)
      assert.ok(cols.every((c) => c.trim() === c && c.length > 0), line)
    }
  })

  test(`${file}.tsv Arabic column has Arabic letters, no Latin, no harakat, tatweel or parentheses`, () => {
    for (const { arabic } of data[file].rows) {
      assert.match(arabic, /[\u0621-\u064A]/, arabic)
      assert.doesNotMatch(arabic, /[A-Za-z\u00C0-\u024F]/, arabic)
      assert.doesNotMatch(arabic, /[\u064B-\u0652\u0640()[\]]/, arabic)
      assert.doesNotMatch(arabic, /\s{2}/, arabic)
    }
  })

  test(`${file}.tsv Latin column is ASCII and kinds are from the list`, () => {
    for (const { latin, kind } of data[file].rows) {
      assert.match(latin, /^[\x20-\x7E]+$/, latin)
      assert.match(latin, /[A-Za-z]/, latin)
      assert.ok(KINDS[file].includes(kind), `${kind} in ${file}`)
    }
  })

  test(`${file}.tsv has no duplicate Arabic form and is sorted`, () => {
    const forms = data[file].rows.map((r) => r.arabic)
    assert.equal(new Set(forms).size, forms.length)
    const sorted = [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    assert.deepEqual(forms, sorted)
  })

  test(`${file}.tsv stays under its size limit`, () => {
    assert.ok(statSync(join(DIR, `${file}.tsv`)).size < MAX_BYTES[file])
  })
}

test('all gazetteer files together stay under 3 MB', () => {
  const total = ['loc.tsv', 'per.tsv', 'org.tsv', 'curated-loc.tsv', 'curated-per.tsv', 'curated-org.tsv', 'curated-deny.tsv', 'SOURCES.md', 'LICENSE-DATA.md']
    .map((f) => statSync(join(DIR, f)).size)
    .reduce((a, b) => a + b, 0)
  assert.ok(total < 3_000_000, `${total} bytes`)
})

const EXPECTED: [(typeof FILES)[number], string, string, string][] = [
  ['loc', 'موسكو', 'Moscow', 'city'],
  ['loc', 'كوريا الشمالية', 'North Korea', 'country'],
  ['loc', 'كوريا الجنوبية', 'South Korea', 'country'],
  ['loc', 'أميركا', 'United States', 'country'],
  ['loc', 'الولايات المتحدة الأمريكية', 'United States', 'country'],
  ['loc', 'سورية', 'Syria', 'country'],
  ['loc', 'موريطانيا', 'Mauritania', 'country'],
  ['loc', 'المملكة المتحدة', 'United Kingdom', 'country'],
  ['loc', 'مصر', 'Egypt', 'country'],
  ['loc', 'ألمانيا', 'Germany', 'country'],
  ['loc', 'الشرق الأوسط', 'Middle East', 'region'],
  ['loc', 'قطاع غزة', 'Gaza Strip', 'region'],
  ['loc', 'الضفة الغربية', 'West Bank', 'region'],
  ['loc', 'أوروبا', 'Europe', 'continent'],
  ['loc', 'آسيا', 'Asia', 'continent'],
  ['loc', 'الكرملين', 'Kremlin', 'place'],
  ['loc', 'بيونغ يانغ', 'Pyongyang', 'city'],
  ['loc', 'فادوز', 'Vaduz', 'city'],
  ['loc', 'منبج', 'Manbij', 'city'],
  ['loc', 'القاهرة', 'Cairo', 'city'],
  ['loc', 'محافظة إدلب', 'Idlib Governorate', 'region'],
  ['per', 'فلاديمير بوتين', 'Vladimir Putin', 'person'],
  ['per', 'دونالد ترامب', 'Donald Trump', 'person'],
  ['per', 'دونالد ترمب', 'Donald Trump', 'person'],
  ['per', 'كيم جونغ أون', 'Kim Jong Un', 'person'],
  ['per', 'كيم جونج أون', 'Kim Jong Un', 'person'],
  ['per', 'رجب طيب أردوغان', 'Recep Tayyip Erdogan', 'person'],
  ['per', 'رجب طيب اردوغان', 'Recep Tayyip Erdogan', 'person'],
  ['per', 'بنيامين نتنياهو', 'Benjamin Netanyahu', 'person'],
  ['per', 'ايمانويل ماكرون', 'Emmanuel Macron', 'person'],
  ['per', 'محمد بن سلمان', 'Mohammed bin Salman', 'person'],
  ['per', 'أنطونيو جوتيريس', 'Antonio Guterres', 'person'],
  ['per', 'سيرغي لافروف', 'Sergey Lavrov', 'person'],
  ['per', 'نبيه بري', 'Nabih Berri', 'person'],
  ['org', 'الأمم المتحدة', 'United Nations', 'intl'],
  ['org', 'الناتو', 'NATO', 'intl'],
  ['org', 'جامعة الدول العربية', 'Arab League', 'intl'],
  ['org', 'داعش', 'Islamic State', 'armed-group'],
  ['org', 'جماعة الحوثي', 'Houthis', 'armed-group'],
  ['org', 'سكاي نيوز عربية', 'Sky News Arabia', 'media'],
  ['org', 'وكالة الأنباء المركزية الكورية', 'Korean Central News Agency', 'agency'],
  ['org', 'أ ف ب', 'Agence France-Presse', 'agency'],
  ['org', 'جوجل', 'Google', 'company'],
  ['org', 'حزب الله', 'Hezbollah', 'armed-group'],
  ['org', 'ريال مدريد', 'Real Madrid', 'club'],
]

test('known names are present with their Latin name and kind', () => {
  for (const [file, arabic, latin, kind] of EXPECTED) {
    const row = lookup(file, arabic)
    assert.ok(row, `${arabic} in ${file}.tsv`)
    assert.equal(row.latin, latin, arabic)
    assert.equal(row.kind, kind, arabic)
  }
})

test('ordinary words and dateline-only abbreviations are not names', () => {
  for (const file of FILES) {
    for (const word of ['جامعة', 'دولي', 'الثورة', 'ذكر', 'معا', 'بنا', 'محمد', 'في', 'الذي']) assert.equal(lookup(file, word), undefined, `${word} in ${file}`)
  }
})

test('every spelling of one curated person shares the Latin name', () => {
  const putin = data.per.rows.filter((r) => r.latin === 'Vladimir Putin').map((r) => r.arabic)
  assert.ok(putin.includes('فلاديمير بوتين'))
  assert.ok(data.per.rows.filter((r) => r.latin === 'Antonio Guterres').length >= 4)
})

test('cleanArabic strips disambiguators, harakat and qualifiers', () => {
  assert.equal(cleanArabic('كورسك (مدينة)'), 'كورسك')
  assert.equal(cleanArabic('جِدّ حَفْص'), 'جد حفص')
  assert.equal(cleanArabic('سان بيدرو سكاتيبيكيز، سان ماركوس'), 'سان بيدرو سكاتيبيكيز')
  assert.equal(cleanArabic('الكونغو - برازافيل'), 'الكونغو برازافيل')
})

test('cleanLatin folds to ASCII and latinKey matches the scorer', () => {
  assert.equal(cleanLatin('Recep Tayyip Erdoğan'), 'Recep Tayyip Erdogan')
  assert.equal(cleanLatin('Côte d’Ivoire'), "Cote d'Ivoire")
  assert.equal(latinKey('The Washington Post'), 'washington post')
})

test('titleCase restores the usual capitals of a Wikipedia key', () => {
  assert.equal(titleCase('bashar al-assad'), 'Bashar al-Assad')
  assert.equal(titleCase('pius xii'), 'Pius XII')
  assert.equal(titleCase("shaquille o'neal"), "Shaquille O'Neal")
  assert.equal(titleCase("'asir region"), "'Asir Region")
  assert.equal(titleCase("jacobus henricus van 't hoff"), "Jacobus Henricus van 't Hoff")
})

test('translitScore separates transliterations from mismatched pairs', () => {
  assert.ok(translitScore('منبج', 'Manbij') > 0.8)
  assert.ok(translitScore('كيم جونغ أون', 'Kim Jong Un') > 0.8)
  assert.ok(translitScore('محافظة الحديدة', 'Al Hudaydah') > 0.8)
  assert.ok(translitScore('وهران', 'San Ramon de la Nueva Oran') < 0.34)
  assert.ok(translitScore('تينزن غياتسو', '14th Dalai Lama') < 0.34)
})
