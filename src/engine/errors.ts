/**
 * Errors that mean "could not evaluate". Each message says what was wrong, where, and what to do.
 * Entry points print `message` (never a stack) and exit 2 / fail the step / fail the check run.
 */
export class UserError extends Error {
  override name = 'UserError'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** A reference (branch, tag, SHA) that does not resolve to a commit. */
export class UnknownRefError extends UserError {
  override name = 'UnknownRefError'
}

export type UnreadableReason = 'binary' | 'invalid-utf8' | 'too-large'

/** A file that exists but cannot be read as text: binary, not UTF-8, or over the size limit. */
export class UnreadableFileError extends UserError {
  override name = 'UnreadableFileError'
  constructor(
    readonly path: string,
    readonly reason: UnreadableReason,
    detail = ''
  ) {
    super(`${path}: ${describeReason(reason)}${detail ? ` ${detail}` : ''}`)
  }
}

function describeReason(reason: UnreadableReason): string {
  switch (reason) {
    case 'binary':
      return 'is a binary file, not text.'
    case 'invalid-utf8':
      return 'is not valid UTF-8 text; save it as UTF-8.'
    case 'too-large':
      return 'is larger than the size limit for files the checks read.'
  }
}
