import type { Check, JsonSchema } from './types.js'

/** A JSON Schema for a list of repository globs; the engine checks each glob with `globProblem`. */
export function globList(description: string): JsonSchema {
  return { type: 'array', description, items: { type: 'string', format: 'glob' } }
}

const login = '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$'

/**
 * The JSON Schema of `.github/release-readiness.yml` for the given checks. It is published as
 * `schema/release-readiness.schema.json` (a test keeps the file equal to this function's output).
 */
export function buildConfigSchema(checks: readonly Check[]): JsonSchema {
  const checkSchemas: Record<string, JsonSchema> = {}
  for (const check of [...checks].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    checkSchemas[check.meta.id] = {
      type: 'object',
      description: `${check.meta.title}. ${check.meta.description}`,
      additionalProperties: false,
      properties: {
        level: {
          enum: ['error', 'warn', 'off'],
          description: `error blocks, warn reports, off does not run (default: ${check.meta.defaultLevel}).`
        },
        ...check.meta.schema.properties
      },
      ...(check.meta.schema.required ? { required: check.meta.schema.required } : {})
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/release-readiness/release-readiness/blob/main/schema/release-readiness.schema.json',
    title: 'release-readiness configuration (.github/release-readiness.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      _extends: {
        type: 'string',
        description: 'Inherit from another repository\'s configuration, e.g. ".github" or "my-org/.github".'
      },
      mode: {
        enum: ['enforce', 'advisory'],
        description: 'enforce blocks what fails; advisory reports what would block and blocks nothing.'
      },
      checks: {
        type: 'object',
        description: 'Per-check level and options, by check id.',
        additionalProperties: false,
        properties: checkSchemas
      },
      waivers: {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowed: {
            type: 'array',
            description:
              'Who may waive a check: "@login" or "@org/team". Default: anyone with maintain or admin permission. The PR author never waives their own PR.',
            items: { type: 'string', pattern: login }
          }
        }
      },
      deployments: {
        type: 'object',
        additionalProperties: false,
        properties: {
          rollbacks: {
            enum: ['approve', 'judge'],
            description:
              'A deployment of an ancestor of what runs in the environment: approve (default: approved without running the checks, with the reason in the report, so that a gate never blocks a rollback during an incident) or judge (judged like any deployment: its release verdict, or against the release before it).'
          }
        }
      },
      comment: {
        type: 'object',
        additionalProperties: false,
        properties: {
          enabled: {
            type: 'boolean',
            description: 'Post one sticky PR comment with the report (default: true).'
          }
        }
      }
    }
  }
}
