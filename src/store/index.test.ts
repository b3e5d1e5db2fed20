import { test } from 'node:test'
import assert from 'node:assert/strict'
import * as store from './index.js'

test('pins the public exports of the store', () => {
  assert.deepEqual(Object.keys(store).sort(), [
    'CSV_COLUMNS', 'CachedArchive', 'DEFAULT_ARCHIVE', 'EXPORT_KINDS', 'MIGRATIONS', 'SCHEMA_VERSION', 'SqliteArchive', 'collectInputFiles', 'csvHeader', 'csvLine',
    'decodeRecord', 'defaultNameKey', 'describeTarget', 'encodeRecord', 'entityKeys', 'findHighlights', 'hashContent', 'identifyArticle', 'ingestPaths',
    'isPostgresTarget', 'latinKey', 'lookupKeys', 'makeSnippet', 'openArchive', 'openSqliteArchive', 'parseFeed', 'parseSearchQuery', 'prepareArticle',
    'resolveArchiveTarget', 'stemArabic', 'termsOf', 'toFts5Query', 'toTsQuery', 'withArchive',
  ])
})

test('resolves the archive target: --db, then MARSAD_DB, then ./marsad.db', () => {
  assert.equal(store.resolveArchiveTarget('x.db', { MARSAD_DB: 'y.db' }), 'x.db')
  assert.equal(store.resolveArchiveTarget(undefined, { MARSAD_DB: 'postgres://u@h/db' }), 'postgres://u@h/db')
  assert.equal(store.resolveArchiveTarget(undefined, {}), 'marsad.db')
  assert.equal(store.isPostgresTarget('postgresql://u@h/db'), true)
  assert.equal(store.describeTarget('postgres://u:secret@h:5432/db'), 'postgres://u:***@h:5432/db')
})
