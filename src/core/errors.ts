/**
 * The error catalogue. Text never throws (it becomes warnings on the record);
 * these are for misuse at the boundary: bad options, unreadable files, bad CLI input.
 * Codes are never reused; every code is documented in docs/errors.md.
 */
export const ERROR_CODES = {
  ERR_INVALID_ARGUMENT: 'An argument has the wrong type or value.',
  ERR_CONFIG: 'The pipeline or its options are set up wrongly.',
  ERR_LIMIT: 'The input is over a limit and `onLimit: "throw"` was asked for.',
  ERR_FILE_NOT_FOUND: 'The input file does not exist.',
  ERR_FILE_UNREADABLE: 'The input file could not be read.',
  ERR_BINARY_INPUT: 'The input looks like a binary file, not text.',
  ERR_EMPTY_INPUT: 'The input holds no text.',
  ERR_UNKNOWN_ENCODING: 'The encoding asked for is not one Marsad can decode.',
  ERR_BAD_JSON: 'A JSON or JSONL input could not be parsed.',
  ERR_BAD_DATE: 'A date is not in YYYY-MM-DD (or ISO date-time) form.',
  ERR_UNEXPECTED: 'Something failed that Marsad did not expect (a bug): the message says what.',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

/** An error with a stable machine-readable `code` and a message that says what to do next. */
export class MarsadError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MarsadError'
    this.code = code
  }
}

/** Thrown for bad pipeline setup or options, at creation time rather than per document. */
export class ConfigError extends MarsadError {
  constructor(message: string) {
    super('ERR_CONFIG', message)
    this.name = 'ConfigError'
  }
}

/** Thrown only when the caller asks for `onLimit: 'throw'`. */
export class LimitError extends MarsadError {
  constructor(message: string) {
    super('ERR_LIMIT', message)
    this.name = 'LimitError'
  }
}
