/**
 * Turns the spans of a record's layers (which nest and sometimes cross: an entity inside a quote,
 * a time that runs past the end of a source) into a tree that HTML can hold. Spans are sorted by
 * start, longer first; a span that crosses the end of an enclosing one is cut in two at that end,
 * and both pieces are marked as parts. Pure: no DOM, so it is tested under Node.
 */

/** One highlighted span: `[start, end)` in the record's text, its layer, and a key unique in the article. */
export interface Mark {
  readonly start: number
  readonly end: number
  readonly layer: string
  readonly key: string
  /** A finer kind within the layer (`PER`, `LOC`, `ORG` for entities), for styling. */
  readonly kind?: string
  /** A short description shown on hover (the entity's name, a time's value). */
  readonly note?: string
}

/** A run of plain text, or a mark with what it holds; `part` is true for a piece of a span cut in two. */
export type Piece =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'mark'; readonly mark: Mark; readonly start: number; readonly end: number; readonly part: boolean; readonly children: readonly Piece[] }

interface Item {
  readonly mark: Mark
  readonly start: number
  readonly end: number
  readonly part: boolean
}

/** Outer layers first when two spans cover the same characters. */
const LAYER_ORDER = ['quote', 'source', 'entity', 'time', 'quantity']

function compare(a: Item, b: Item): number {
  return a.start - b.start || b.end - a.end || LAYER_ORDER.indexOf(a.mark.layer) - LAYER_ORDER.indexOf(b.mark.layer) || (a.mark.key < b.mark.key ? -1 : 1)
}

function build(items: Item[], from: number, to: number): Piece[] {
  const out: Piece[] = []
  let pos = from
  let rest = items
  while (rest.length > 0) {
    const [first, ...others] = rest as [Item, ...Item[]]
    if (first.start > pos) out.push({ kind: 'text', start: pos, end: first.start })
    const inner: Item[] = []
    const after: Item[] = []
    for (const x of others) {
      if (x.start >= first.end) after.push(x)
      else if (x.end <= first.end) inner.push(x)
      else {
        // «…قال الرئيس» — a span that starts inside `first` and ends after it is cut at first.end.
        inner.push({ ...x, end: first.end, part: true })
        after.push({ ...x, start: first.end, part: true })
      }
    }
    inner.sort(compare)
    after.sort(compare)
    out.push({ kind: 'mark', mark: first.mark, start: first.start, end: first.end, part: first.part, children: build(inner, first.start, first.end) })
    pos = first.end
    rest = after
  }
  if (pos < to) out.push({ kind: 'text', start: pos, end: to })
  return out
}

/**
 * The pieces of `[from, to)`: marks clipped to the range (those outside or empty are left out),
 * nested, with the text between them. Concatenating the leaves gives back `text.slice(from, to)`.
 */
export function nestMarks(marks: readonly Mark[], from: number, to: number): Piece[] {
  const items: Item[] = []
  for (const mark of marks) {
    const start = Math.max(mark.start, from)
    const end = Math.min(mark.end, to)
    if (start < end) items.push({ mark, start, end, part: start !== mark.start || end !== mark.end })
  }
  items.sort(compare)
  return build(items, from, to)
}

/**
 * The parts of `[0, length)` that are not in `apart` (dateline, credits, boilerplate): the
 * story's own text, in order. Overlapping or unsorted `apart` spans are fine.
 */
export function storyRanges(length: number, apart: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...apart].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  let pos = 0
  for (const [s, e] of sorted) {
    if (s > pos) out.push([pos, Math.min(s, length)])
    pos = Math.max(pos, e)
  }
  if (pos < length) out.push([pos, length])
  return out.filter(([s, e]) => e > s)
}
