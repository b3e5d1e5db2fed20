import type { Writable } from 'node:stream'

/** Writes a chunk and waits for the stream to drain when its buffer is full, so memory stays flat. */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', resolve))
}

/** Message for an error a user can act on: the code when there is one, never a stack trace. */
export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
    return `${String((error as { code: unknown }).code)}: ${String((error as { message: unknown }).message)}`
  }
  return error instanceof Error ? error.message : String(error)
}

const FSI = '\u2068' // FIRST STRONG ISOLATE: an Arabic value keeps its own direction inside a line
const PDI = '\u2069' // POP DIRECTIONAL ISOLATE

/** Wraps `s` in Unicode first-strong isolates when `on` (a terminal), so bidi terminals order mixed lines right. */
export function isolate(s: string, on: boolean): string {
  return on ? FSI + s + PDI : s
}
