import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TRANSITION_ROWS, type LinearModel } from './decode.js'
import { CLUSTER_LEVELS, STAT_FIELDS, type Gazetteer, type NerResources, type WordStats } from './features.js'
import { HashIndex } from './hash-index.js'
import { SparseRows } from './sparse-rows.js'
import type { NameLikeness } from './name-likeness.js'
import { TAG_COUNT } from './tags.js'
import type { NerModel } from './tagger.js'

/**
 * The model file: `MRSDNER1`, a little-endian u32 header length, a JSON header listing the
 * sections, then the sections, each 8-byte aligned. Loading is one `readFileSync` and typed-array
 * views: no parsing of words or features, so it takes milliseconds.
 *
 * Weights are stored as int16 with one scale per table (|w| ≤ 32767·scale). Loading keeps them
 * int16, drops the all-zero rows (`SparseRows`), and divides the transitions by the scale to match.
 */
const MAGIC = 'MRSDNER1'
const FORMAT = 1

type SectionType = 'u32' | 'u16' | 'u8' | 'i8' | 'i16' | 'f32'
interface Section {
  name: string
  type: SectionType
  offset: number
  length: number
}
interface Header {
  format: number
  constrained: boolean
  tags: number
  clusterLevels: number
  statFields: number
  first: { bits: number; scale: number }
  second: { bits: number; scale: number } | null
  sections: Section[]
  meta: Record<string, unknown>
}

type Typed = Uint32Array | Uint16Array | Uint8Array | Int8Array | Int16Array | Float32Array
const CTOR = { u32: Uint32Array, u16: Uint16Array, u8: Uint8Array, i8: Int8Array, i16: Int16Array, f32: Float32Array } as const

function typeOf(a: Typed): SectionType {
  if (a instanceof Uint32Array) return 'u32'
  if (a instanceof Uint16Array) return 'u16'
  if (a instanceof Uint8Array) return 'u8'
  if (a instanceof Int8Array) return 'i8'
  if (a instanceof Int16Array) return 'i16'
  return 'f32'
}

/** Int16 weights and their scale, and the transitions in real units. */
function quantize(model: LinearModel): { data: Int16Array; scale: number; transitions: Float32Array } {
  const w = model.weights
  // A loaded model is already int16 with its transitions in the same units: scale 1 keeps it as it is.
  if (model.sparse) return { data: model.sparse.toDense(), scale: 1, transitions: model.transitions }
  if (w instanceof Int16Array) return { data: w, scale: 1, transitions: model.transitions }
  let max = 0
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!))
  const scale = max > 0 ? max / 32767 : 1
  const data = new Int16Array(w.length)
  for (let i = 0; i < w.length; i++) data[i] = Math.round(w[i]! / scale)
  return { data, scale, transitions: model.transitions }
}

/** Serialises a model to the bytes of a model file; `meta` is stored in the header (provenance, scores). */
export function encodeModel(model: NerModel, meta: Record<string, unknown> = {}): Buffer {
  const parts: { name: string; data: Typed }[] = []
  const q1 = quantize(model.first)
  parts.push({ name: 'first.weights', data: q1.data }, { name: 'first.transitions', data: q1.transitions })
  let second: Header['second'] = null
  if (model.second) {
    const q2 = quantize(model.second)
    second = { bits: model.second.bits, scale: q2.scale }
    parts.push({ name: 'second.weights', data: q2.data }, { name: 'second.transitions', data: q2.transitions })
  }
  const { words, gazetteer } = model.resources
  if (words) {
    parts.push({ name: 'words.keys', data: words.index.keys }, { name: 'words.clusters', data: words.clusters }, { name: 'words.stats', data: words.stats })
  }
  if (gazetteer) parts.push({ name: 'gazetteer.keys', data: gazetteer.index.keys }, { name: 'gazetteer.bits', data: gazetteer.bits })
  if (model.resources.nameLikeness) {
    parts.push({ name: 'names.keys', data: model.resources.nameLikeness.index.keys }, { name: 'names.weights', data: model.resources.nameLikeness.weights })
  }

  const sections: Section[] = []
  let offset = 0
  for (const p of parts) {
    sections.push({ name: p.name, type: typeOf(p.data), offset, length: p.data.length })
    offset += Math.ceil(p.data.byteLength / 8) * 8
  }
  const header: Header = {
    format: FORMAT, constrained: model.constrained, tags: TAG_COUNT, clusterLevels: CLUSTER_LEVELS, statFields: STAT_FIELDS,
    first: { bits: model.first.bits, scale: q1.scale }, second, sections, meta,
  }
  let json = Buffer.from(JSON.stringify(header), 'utf8')
  const pad = (8 - ((MAGIC.length + 4 + json.length) % 8)) % 8
  json = Buffer.concat([json, Buffer.alloc(pad, 0x20)])
  const head = Buffer.alloc(MAGIC.length + 4)
  head.write(MAGIC, 0, 'latin1')
  head.writeUInt32LE(json.length, MAGIC.length)
  const body = Buffer.alloc(offset)
  for (let k = 0; k < parts.length; k++) {
    const d = parts[k]!.data
    Buffer.from(d.buffer, d.byteOffset, d.byteLength).copy(body, sections[k]!.offset)
  }
  return Buffer.concat([head, json, body])
}

/** Reads a model from the bytes of a model file; throws on a file of another format. */
export function decodeModel(bytes: Uint8Array): NerModel & { meta: Record<string, unknown> } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.length < 12 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('Not a Marsad NER model file')
  const jsonLength = buf.readUInt32LE(MAGIC.length)
  const header = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + jsonLength)) as Header
  if (header.format !== FORMAT || header.tags !== TAG_COUNT || header.clusterLevels !== CLUSTER_LEVELS || header.statFields !== STAT_FIELDS) {
    throw new Error(`NER model format ${header.format} does not match this version of Marsad; retrain with npm run train:ner`)
  }
  const base = MAGIC.length + 4 + jsonLength
  // Typed arrays need aligned offsets: copy once into a fresh, aligned buffer when the input is not.
  const aligned = (buf.byteOffset + base) % 8 === 0 ? buf : Buffer.from(buf)
  const get = (name: string): Typed | null => {
    const s = header.sections.find((x) => x.name === name)
    if (!s) return null
    const Ctor = CTOR[s.type]
    return new Ctor(aligned.buffer as ArrayBuffer, aligned.byteOffset + base + s.offset, s.length)
  }
  const linear = (prefix: string, h: { bits: number; scale: number }): LinearModel => {
    const weights = get(`${prefix}.weights`) as Int16Array
    const transitions = get(`${prefix}.transitions`) as Float32Array
    if (weights.length !== 2 ** h.bits * TAG_COUNT || transitions.length !== TRANSITION_ROWS * TAG_COUNT) throw new Error('NER model file is damaged')
    const sparse = SparseRows.fromDense(weights, h.bits)
    return { bits: h.bits, weights: sparse.weights, sparse, transitions: transitions.map((t) => t / h.scale) }
  }
  const wordKeys = get('words.keys') as Uint32Array | null
  const words: WordStats | null = wordKeys
    ? { index: new HashIndex(wordKeys), clusters: get('words.clusters') as Uint16Array, stats: get('words.stats') as Uint8Array }
    : null
  const gazKeys = get('gazetteer.keys') as Uint32Array | null
  const gazetteer: Gazetteer | null = gazKeys ? { index: new HashIndex(gazKeys), bits: get('gazetteer.bits') as Uint16Array } : null
  const nameKeys = get('names.keys') as Uint32Array | null
  const nameLikeness: NameLikeness | null = nameKeys ? { index: new HashIndex(nameKeys), weights: get('names.weights') as Int8Array } : null
  const resources: NerResources = { words, gazetteer, nameLikeness }
  return {
    resources,
    first: linear('first', header.first),
    second: header.second ? linear('second', header.second) : null,
    constrained: header.constrained,
    meta: header.meta,
  }
}

/** Where the shipped model lives: `models/ner.bin` at the package root (the same from `src/` and `dist/`). */
export const DEFAULT_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'ner.bin')

let cached: { path: string; model: NerModel } | undefined

/**
 * Loads a model file once and keeps it; `path` defaults to the shipped model.
 * Throws when the file is missing or of another format.
 */
export function loadNerModel(path: string = DEFAULT_MODEL_PATH): NerModel {
  if (cached?.path === path) return cached.model
  if (!existsSync(path)) throw new Error(`NER model not found at ${path}; run npm run train:ner`)
  const model = decodeModel(readFileSync(path))
  cached = { path, model }
  return model
}
