import type { Credit, Dateline } from '../../core/record.js'
import { overlap } from '../../core/span.js'
import { matchOpening } from './rules/01-opening.js'
import { matchCueLines } from './rules/02-cue-line.js'
import { matchContributorLines } from './rules/03-contributor-line.js'
import { matchStaffLines } from './rules/04-staff-line.js'
import { matchClosing } from './rules/05-closing.js'

/**
 * Finds the credits of `text`: opening bylines next to the dateline, cue-word bylines, contributor
 * and correspondent lines, and the closing sign-off or author name. Earlier rules win over a later
 * rule's credit that overlaps theirs; the result is in text order and never overlaps the dateline.
 */
export function findCredits(text: string, dateline: Dateline | null): Credit[] {
  const out: Credit[] = []
  const add = (found: readonly Credit[]): void => {
    for (const c of found) {
      if (out.some((o) => overlap(o.span, c.span) > 0)) continue
      if (dateline && overlap(dateline.span, c.span) > 0) continue
      out.push(c)
    }
  }
  add(matchOpening(text, dateline))
  add(matchCueLines(text))
  add(matchContributorLines(text))
  add(matchStaffLines(text))
  add(matchClosing(text))
  return out.sort((a, b) => a.span[0] - b.span[0])
}
