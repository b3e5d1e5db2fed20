import { z } from 'zod'

/** The schema name every record carries. */
export const SCHEMA = 'marsad.article/1'

const spanSchema = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e > s, { message: 'span end must be after its start' })

const warningSchema = z.object({
  code: z.string().regex(/^[a-z0-9/-]+$/),
  message: z.string(),
  span: spanSchema.optional(),
})

const datelineSchema = z.object({
  span: spanSchema,
  place: z.object({ span: spanSchema }).nullable(),
  agencies: z.array(z.object({ span: spanSchema, name: z.string().min(1) })),
})

const creditSchema = z.object({
  span: spanSchema,
  role: z.enum(['author', 'contributor', 'editor', 'translator']),
  names: z.array(z.object({ span: spanSchema })),
  agency: z.string().nullable(),
})

const boilerplateSchema = z.object({
  span: spanSchema,
  kind: z.enum(['share', 'related', 'copyright', 'ad', 'other']),
})

const entitySchema = z.object({
  id: z.string().regex(/^E\d+$/),
  type: z.enum(['PER', 'LOC', 'ORG']),
  name: z.string().min(1),
  latin: z.string().nullable(),
  mentions: z.array(spanSchema).min(1),
})

const quoteSchema = z.object({
  span: spanSchema,
  direct: z.boolean(),
  speaker: z.object({ entity: z.string().nullable(), span: spanSchema.nullable() }).nullable(),
  cue: z.object({ span: spanSchema }).nullable(),
})

const sourceSchema = z.object({
  span: spanSchema,
  entity: z.string().nullable(),
  cue: z.object({ span: spanSchema }).nullable(),
})

const timeSchema = z.object({ span: spanSchema, value: z.string().nullable() })

const quantitySchema = z.object({
  span: spanSchema,
  value: z.number(),
  approx: z.boolean(),
  unit: z.string().nullable(),
})

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** The zod schema of a `marsad.article/1` record (SPEC.md). */
export const articleRecordSchema = z.object({
  schema: z.literal(SCHEMA),
  id: z.string().min(1),
  text: z.string(),
  language: z.string().min(2),
  published: z.string().regex(isoDate).nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  analyzer: z.object({ name: z.literal('marsad'), version: z.string() }),
  warnings: z.array(warningSchema),
  dateline: datelineSchema.nullable(),
  credits: z.array(creditSchema),
  boilerplate: z.array(boilerplateSchema),
  sentences: z.array(spanSchema),
  entities: z.array(entitySchema),
  quotes: z.array(quoteSchema),
  sources: z.array(sourceSchema),
  times: z.array(timeSchema),
  quantities: z.array(quantitySchema),
})

/** A `marsad.article/1` record. */
export type ArticleRecord = z.infer<typeof articleRecordSchema>
export type Dateline = z.infer<typeof datelineSchema>
export type Credit = z.infer<typeof creditSchema>
export type Boilerplate = z.infer<typeof boilerplateSchema>
export type Entity = z.infer<typeof entitySchema>
export type Quote = z.infer<typeof quoteSchema>
export type Source = z.infer<typeof sourceSchema>
export type TimeExpression = z.infer<typeof timeSchema>
export type Quantity = z.infer<typeof quantitySchema>

/** The SPEC layers a stage can provide, keyed by their record field names. */
export interface Layers {
  dateline: Dateline | null
  credits: readonly Credit[]
  boilerplate: readonly Boilerplate[]
  sentences: readonly (readonly [number, number])[]
  entities: readonly Entity[]
  quotes: readonly Quote[]
  sources: readonly Source[]
  times: readonly TimeExpression[]
  quantities: readonly Quantity[]
}

export type LayerName = keyof Layers

/** Every layer name, in record order. */
export const LAYER_NAMES: readonly LayerName[] = Object.freeze([
  'dateline', 'credits', 'boilerplate', 'sentences', 'entities', 'quotes', 'sources', 'times', 'quantities',
])

/** Values a record gets for layers no stage filled. */
export const EMPTY_LAYERS: Readonly<Layers> = Object.freeze({
  dateline: null, credits: [], boilerplate: [], sentences: [], entities: [], quotes: [], sources: [], times: [], quantities: [],
})
