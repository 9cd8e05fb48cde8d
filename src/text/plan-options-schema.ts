import type { JsonSchema } from '../engine/types.js'

/**
 * The options both text checks take, as JSON Schema: when the check applies, which headings hold
 * the plan, and a file to read instead of the description. `plan` names it in the descriptions.
 */
export function planOptionsSchema(plan: string): Record<string, JsonSchema> {
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
      description: `Section headings that hold the ${plan}.`
    },
    file: {
      type: 'string',
      minLength: 1,
      description: `Repository file (at head) to read the ${plan} from instead of the description.`
    }
  }
}
