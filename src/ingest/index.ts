/** The input layer: bytes to text with their encoding, HTML pages to articles, files and JSONL lines to `InputArticle`s. */
export { decodeBytes, type DecodedText } from './decode.js'
export { htmlToArticle, type HtmlArticle } from './html-to-text.js'
export { normalizePublished } from './normalize-published.js'
export {
  readArticleFile,
  parseJsonlLine,
  readJsonlLines,
  type InputArticle,
  type InputFormat,
  type JsonlLine,
  type ReadArticleOptions,
} from './read-input.js'
