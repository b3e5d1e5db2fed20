/**
 * Named entities: the `entities` stage (a two-pass averaged-perceptron tagger trained on ANERcorp,
 * with word clusters from unlabelled text and gazetteer features), mention grouping, and `nameKey`,
 * the transliteration-tolerant key the archive links entities by across articles.
 */
export { entitiesStage, createEntitiesStage, type EntitiesStageOptions } from './entities-stage.js'
export { groupMentions, isShortFormOf, type Mention } from './entities.js'
export { nameKey } from './name-key.js'
export { NameIndex, loadNameIndex, parseGazetteer, type EntityType, type KnownName } from './gazetteer.js'
export { loadNerModel, decodeModel, encodeModel, DEFAULT_MODEL_PATH, NerTagger, DOCUMENT_WINDOW, type NerModel } from './ner/index.js'
