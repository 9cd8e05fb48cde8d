import type { JsonSchema } from '../../engine/types.js'
import { LANGUAGES } from './vocabulary.js'

/**
 * The options both text checks take, as JSON Schema: when the check applies, which headings hold
 * the plan, a file to read instead of the description, the built-in languages to read and extra
 * words (`synonyms`, keyed by `synonymKeys`) for any other wording. `plan` names it in the
 * descriptions.
 */
export function planOptionsSchema(
  plan: string,
  synonymKeys: Record<string, string> = {}
): Record<string, JsonSchema> {
  return {
    when: {
      type: 'array',
      items: { type: 'string', format: 'glob' },
      minItems: 1,
      description: 'Globs; the check applies when a changed file matches.'
    },
    headings: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      description: `Section headings that hold the ${plan} (whole words, any level; the built-in languages add their own).`
    },
    file: {
      type: 'string',
      minLength: 1,
      description: `Repository file (at head) to read the ${plan} from instead of the description.`
    },
    languages: {
      type: 'array',
      items: { enum: [...LANGUAGES] },
      uniqueItems: true,
      description: `Built-in languages whose headings and labels are read (default: all of ${LANGUAGES.join(', ')}).`
    },
    synonyms: {
      type: 'object',
      additionalProperties: false,
      description: `Extra words for the ${plan}, for any other language or house style: each key takes a list.`,
      properties: Object.fromEntries(
        Object.entries(synonymKeys).map(([key, description]) => [
          key,
          { type: 'array', items: { type: 'string', minLength: 1 }, description }
        ])
      )
    }
  }
}
