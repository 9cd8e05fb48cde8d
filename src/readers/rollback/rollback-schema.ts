/**
 * JSON Schema of the rollback file (`.release-readiness/rollback.yml`). Published as
 * `schema/rollback.schema.json`; a test keeps the two identical.
 */
export const rollbackSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/release-readiness/release-readiness/blob/main/schema/rollback.schema.json',
  title: 'release-readiness rollback file',
  description:
    'When to roll back (measurable criteria) and how (steps), read by the rollback-criteria check.',
  type: 'object',
  required: ['criteria', 'steps'],
  additionalProperties: false,
  properties: {
    version: { const: 1, description: 'Format version; 1.' },
    service: {
      type: 'string',
      minLength: 1,
      description: 'The service this file covers (a key of `services`); omit for the whole repository.'
    },
    owner: {
      type: 'string',
      minLength: 1,
      description: 'Who decides and runs the rollback, e.g. @payments-oncall.'
    },
    criteria: {
      type: 'array',
      minItems: 1,
      description: 'Roll back when any criterion holds.',
      items: {
        type: 'object',
        required: ['metric', 'comparator', 'threshold', 'unit', 'window'],
        additionalProperties: false,
        properties: {
          metric: {
            type: 'string',
            minLength: 1,
            description: 'What is measured, e.g. "checkout 5xx rate".'
          },
          query: {
            type: 'string',
            minLength: 1,
            description: 'Optional query that computes the metric (PromQL, Datadog, ...).'
          },
          comparator: {
            enum: ['>', '>=', '<', '<='],
            description: 'Roll back when `metric comparator threshold`.'
          },
          threshold: { type: 'number', description: 'The number the metric is compared with.' },
          unit: {
            type: 'string',
            minLength: 1,
            description: 'Unit of the threshold: %, ms, s, rps, errors/min, ...'
          },
          window: {
            type: 'string',
            pattern: '^[1-9][0-9]*(s|m|h|d)$',
            description: 'How long the condition must hold, e.g. 10m.'
          }
        }
      }
    },
    steps: {
      type: 'array',
      minItems: 1,
      description: 'What to do, in order.',
      items: { type: 'string', minLength: 3 }
    }
  }
} as const
