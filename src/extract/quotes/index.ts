import type { Stage } from '../../core/stage.js'
import { extractQuotes } from './extract-quotes.js'
import { linkQuotes } from './link-speaker.js'

export { linkSpeaker, linkQuotes } from './link-speaker.js'
export { CUE_FORMS, lookupCue, type CueForm, type CueTense } from './cue-lexicon.js'

/**
 * Direct quotes, reported speech and cited sources, in one pass over the sentences: they share the
 * reporting-verb lexicon and the speaker logic (`ذكرت وكالة … أن` cites a source, `قال الوزير إن`
 * reports speech). `وقال لافروف: “…”` gives a direct quote with speaker `لافروف` and cue `قال`;
 * `…، بحسب وسائل الإعلام الروسية` a source with cue `بحسب`. Speakers and sources are linked to the
 * entities layer: their spans narrow to the entity's mention and `entity` gets its id.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  provides: ['quotes', 'sources'],
  run(doc, ctx) {
    let { quotes, sources } = extractQuotes(doc, ctx.limits.maxQuoteLength)
    ;({ quotes, sources } = linkQuotes(quotes, sources, doc.get('entities'), doc.text))
    doc.set('quotes', quotes)
    doc.set('sources', sources)
  },
}
