import type { Migration } from './migration.js'

/**
 * The first schema: articles with their encoded records; the search index; LSH band keys for
 * stories; entities linked by keys, with their mentions per article; quotes, times, quantities.
 * Spans are UTF-16 offsets into the record's text, as in SPEC.md.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sqlite: [
    `CREATE TABLE articles (
      rowid INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      id TEXT NOT NULL UNIQUE,
      content_hash TEXT NOT NULL,
      source TEXT,
      published TEXT,
      day TEXT,
      outlet TEXT,
      title TEXT,
      url TEXT,
      author TEXT,
      language TEXT NOT NULL,
      text_length INTEGER NOT NULL,
      ingested_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      signature BLOB NOT NULL,
      -- Last: a large record spills into overflow pages, and SQLite reads the columns before it without touching them.
      record BLOB NOT NULL
    )`,
    'CREATE INDEX articles_content_hash ON articles (content_hash)',
    'CREATE INDEX articles_day ON articles (day)',
    'CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE)',
    // Story membership lives beside the article: merging stories rewrites these small rows, never the articles.
    'CREATE TABLE article_story (article INTEGER PRIMARY KEY, story_id INTEGER NOT NULL)',
    'CREATE INDEX article_story_story ON article_story (story_id)',
    // Contentless: the terms are Marsad's own (normalized, clitic-stripped, stemmed), computed in TypeScript.
    `CREATE VIRTUAL TABLE search USING fts5 (title, body, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 0 tokenchars '.'")`,
    'CREATE TABLE lsh (band_key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band_key, article)) WITHOUT ROWID',
    'CREATE INDEX lsh_article ON lsh (article)',
    'CREATE TABLE entities (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL, latin TEXT)',
    'CREATE TABLE entity_keys (key TEXT PRIMARY KEY, entity_id INTEGER NOT NULL) WITHOUT ROWID',
    'CREATE INDEX entity_keys_entity ON entity_keys (entity_id)',
    `CREATE TABLE article_entities (
      article INTEGER NOT NULL, entity_id INTEGER NOT NULL, local_id TEXT NOT NULL, mentions INTEGER NOT NULL,
      PRIMARY KEY (article, entity_id)
    ) WITHOUT ROWID`,
    'CREATE INDEX article_entities_entity ON article_entities (entity_id, article)',
    'CREATE TABLE mentions (article INTEGER NOT NULL, entity_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, surface TEXT NOT NULL)',
    'CREATE INDEX mentions_article ON mentions (article)',
    'CREATE INDEX mentions_entity ON mentions (entity_id)',
    `CREATE TABLE quotes (
      article INTEGER NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, direct INTEGER NOT NULL,
      speaker_entity INTEGER, speaker_start INTEGER, speaker_end INTEGER, cue_start INTEGER, cue_end INTEGER, cue TEXT, text TEXT NOT NULL,
      PRIMARY KEY (article, seq)
    ) WITHOUT ROWID`,
    'CREATE INDEX quotes_speaker ON quotes (speaker_entity)',
    `CREATE TABLE times (
      article INTEGER NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, value TEXT, surface TEXT NOT NULL,
      PRIMARY KEY (article, seq)
    ) WITHOUT ROWID`,
    `CREATE TABLE quantities (
      article INTEGER NOT NULL, seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, value REAL NOT NULL,
      approx INTEGER NOT NULL, unit TEXT, surface TEXT NOT NULL,
      PRIMARY KEY (article, seq)
    ) WITHOUT ROWID`,
  ],
  postgres: [
    // Narrow heap rows: records and term vectors go to TOAST, so scans and joins stay fast.
    `CREATE TABLE articles (
      rowid bigserial PRIMARY KEY,
      key text NOT NULL UNIQUE,
      id text NOT NULL UNIQUE,
      content_hash text NOT NULL,
      source text,
      published text,
      day text,
      outlet text,
      title text,
      url text,
      author text,
      language text NOT NULL,
      text_length integer NOT NULL,
      record bytea NOT NULL,
      signature bytea NOT NULL,
      doc_len integer NOT NULL,
      tsv tsvector NOT NULL,
      ingested_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    ) WITH (toast_tuple_target = 256)`,
    // The record is deflated already: stored out of line, never compressed again. The signature stays in the row for story checks.
    'ALTER TABLE articles ALTER COLUMN record SET STORAGE EXTERNAL',
    'ALTER TABLE articles ALTER COLUMN signature SET STORAGE PLAIN',
    'CREATE INDEX articles_content_hash ON articles (content_hash)',
    'CREATE INDEX articles_day ON articles (day)',
    'CREATE INDEX articles_outlet ON articles (lower(outlet))',
    'CREATE TABLE article_story (article bigint PRIMARY KEY, story_id bigint NOT NULL)',
    'CREATE INDEX article_story_story ON article_story (story_id)',
    // A short pending list: searches scan it linearly until it is merged into the index.
    'CREATE INDEX articles_tsv ON articles USING gin (tsv) WITH (gin_pending_list_limit = 1024)',
    'CREATE TABLE lsh (band_key bigint NOT NULL, article bigint NOT NULL, PRIMARY KEY (band_key, article))',
    'CREATE INDEX lsh_article ON lsh (article)',
    'CREATE TABLE entities (id bigserial PRIMARY KEY, key text NOT NULL UNIQUE, type text NOT NULL, name text NOT NULL, latin text)',
    'CREATE TABLE entity_keys (key text PRIMARY KEY, entity_id bigint NOT NULL)',
    'CREATE INDEX entity_keys_entity ON entity_keys (entity_id)',
    `CREATE TABLE article_entities (
      article bigint NOT NULL, entity_id bigint NOT NULL, local_id text NOT NULL, mentions integer NOT NULL,
      PRIMARY KEY (article, entity_id)
    )`,
    'CREATE INDEX article_entities_entity ON article_entities (entity_id, article)',
    'CREATE TABLE mentions (article bigint NOT NULL, entity_id bigint NOT NULL, start integer NOT NULL, "end" integer NOT NULL, surface text NOT NULL)',
    'CREATE INDEX mentions_article ON mentions (article)',
    'CREATE INDEX mentions_entity ON mentions (entity_id)',
    `CREATE TABLE quotes (
      article bigint NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, direct boolean NOT NULL,
      speaker_entity bigint, speaker_start integer, speaker_end integer, cue_start integer, cue_end integer, cue text, text text NOT NULL,
      PRIMARY KEY (article, seq)
    )`,
    'CREATE INDEX quotes_speaker ON quotes (speaker_entity)',
    `CREATE TABLE times (
      article bigint NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, value text, surface text NOT NULL,
      PRIMARY KEY (article, seq)
    )`,
    `CREATE TABLE quantities (
      article bigint NOT NULL, seq integer NOT NULL, start integer NOT NULL, "end" integer NOT NULL, value double precision NOT NULL,
      approx boolean NOT NULL, unit text, surface text NOT NULL,
      PRIMARY KEY (article, seq)
    )`,
  ],
}
