import type { Stage } from '../../core/stage.js'
import { extractQuotes } from './extract-quotes.js'
import { linkQuotes } from './link-speaker.js'

export { linkSpeaker, linkQuotes } from './link-speaker.js'
export { CUE_FORMS, lookupCue, type CueForm, type CueTense } from './cue-lexicon.js'

/**
 * Direct quotes, reported speech and cited sources, in one pass over the sentences: they share the
 * reporting-verb lexicon and the speaker logic (`ذكرت وكالة … أن` cites a source, `قال الوزير إن`
 * reports speech). `وقال لافروف: “…”` gives a direct quote with speaker `لافروف` and cue `قال`;
 * `…، بحسب وسائل الإعلام الروسية` a source with cue `بحسب`. Speakers are spans with `entity: null`
 * until an entities layer exists; `linkQuotes` fills the entity ids then.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences'],
  provides: ['quotes', 'sources'],
  run(doc, ctx) {
    let { quotes, sources } = extractQuotes(doc, ctx.limits.maxQuoteLength)
    // Once a named-entity stage runs earlier, speakers and sources point at its entities.
    const entities = doc.layers.entities
    if (entities) ({ quotes, sources } = linkQuotes(quotes, sources, entities))
    doc.set('quotes', quotes)
    doc.set('sources', sources)
  },
}
