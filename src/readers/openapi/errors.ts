import { UserError } from '../../engine/errors.js'

/**
 * An OpenAPI document that cannot be compared: unparsable, invalid, too deep, or with a `$ref`
 * that is refused. Carries the file and line so checks can report it as a finding.
 */
export class OpenApiDocumentError extends UserError {
  override name = 'OpenApiDocumentError'
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    options?: { cause?: unknown }
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`, options)
  }
}
