/**
 * The NER tagger: features, decoding, the model file, CoNLL reading and conlleval-style scoring.
 */
export { NerTagger, DOCUMENT_WINDOW, type NerModel } from './tagger.js'
export { loadNerModel, decodeModel, encodeModel, DEFAULT_MODEL_PATH } from './load-model.js'
export { parseConll, scoreConll, formatConllScore, type ConllSentence, type ConllScore, type PrfScore } from './conll.js'
export { TAGS, TAG_COUNT, ENTITY_TYPES, tagId, chunksOf, type Chunk } from './tags.js'
export { FeatureExtractor, type NerResources, type WordProfile } from './features.js'
export type { LinearModel } from './decode.js'
