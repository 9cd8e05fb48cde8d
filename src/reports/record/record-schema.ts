import type { JsonSchema } from '../../engine/types.js'
import { RECORD_SCHEMA_ID, RECORD_SCHEMA_VERSION } from './types.js'

const str = { type: 'string' }
const nullableString = { type: ['string', 'null'] }
const count = { type: 'integer', minimum: 0 }
const status = { enum: ['pass', 'fail', 'warn', 'skip', 'error'] }
const verdict = { enum: ['go', 'no-go'] }
const outcome = { enum: ['go', 'go-with-waivers', 'no-go'] }
const event = { enum: ['pull_request', 'release', 'deployment'] }

function object(properties: Record<string, JsonSchema>, required: string[], open = false): JsonSchema {
  return { type: 'object', additionalProperties: open, required, properties }
}

const target = object({ ruleId: str, operation: str }, [])

const waiver = object(
  {
    check: str,
    reason: str,
    grantedBy: str,
    grantedAt: nullableString,
    source: {
      ...nullableString,
      description: 'Where it came from: a PR comment URL, the configuration file.'
    },
    target,
    pullRequest: count,
    matched: {
      type: ['integer', 'null'],
      minimum: 0,
      description: 'Findings (or the whole check: 1) it covered; null when not counted.'
    },
    expiresAt: nullableString
  },
  ['check', 'reason', 'grantedBy', 'grantedAt', 'source', 'matched'],
  true
)

const rejectedWaiver = object(
  { check: str, requestedBy: str, reason: str, rejection: str, source: nullableString, pullRequest: count },
  ['check', 'requestedBy', 'reason', 'rejection', 'source'],
  true
)

const finding = object(
  {
    message: str,
    file: str,
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    ruleId: str,
    severity: { enum: ['error', 'warning', 'notice'] },
    operation: str,
    waived: { type: 'object' }
  },
  ['message'],
  true
)

/**
 * The JSON Schema of one evaluation record, published as `schema/evaluation-record.schema.json`
 * (a test keeps the file equal to this function's output). Objects accept extra fields: new
 * optional fields may be added within a schema version; a field never changes meaning.
 */
export function buildRecordSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: RECORD_SCHEMA_ID,
    title: `release-readiness evaluation record (version ${RECORD_SCHEMA_VERSION})`,
    description:
      'One evaluation of a pull request, release or deployment: what `release-readiness check --format json` prints, what the Action uploads, what the App stores and the board reads.',
    ...object(
      {
        $schema: str,
        schemaVersion: { const: RECORD_SCHEMA_VERSION },
        id: { type: 'string', pattern: '^[0-9a-f]{32}$' },
        recordedAt: { type: 'string', format: 'date-time' },
        tool: object(
          { name: { const: 'release-readiness' }, version: str, runtime: { enum: ['cli', 'action', 'app'] } },
          ['name', 'version', 'runtime'],
          true
        ),
        repository: object({ fullName: nullableString, url: nullableString }, ['fullName', 'url'], true),
        event,
        environment: nullableString,
        subject: object(
          {
            type: event,
            number: { type: 'integer', minimum: 1 },
            version: str,
            title: str,
            author: str,
            owners: { type: 'array', items: str },
            state: { enum: ['open', 'closed', 'merged'] },
            url: str
          },
          ['type'],
          true
        ),
        base: str,
        head: str,
        mergeBase: nullableString,
        judged: str,
        verdict,
        outcome: {
          enum: ['go', 'go-with-waivers', 'no-go', 'error'],
          description:
            'error: the evaluation could not run at all (verdict no-go, no checks, the reason in error).'
        },
        error: { ...str, description: 'Why the evaluation could not run, when outcome is error.' },
        mode: { enum: ['enforce', 'advisory'] },
        blocking: { type: 'array', items: str },
        checks: {
          type: 'array',
          items: object(
            {
              id: str,
              title: str,
              status,
              level: { enum: ['error', 'warn', 'off'] },
              blocking: { type: 'boolean' },
              summary: str,
              findings: { type: 'array', items: finding },
              findingCounts: object(
                { total: count, error: count, warning: count, notice: count, waived: count },
                ['total', 'error', 'warning', 'notice', 'waived']
              ),
              waiver: { oneOf: [{ type: 'null' }, waiver] },
              docs: str,
              durationMs: count
            },
            ['id', 'title', 'status', 'level', 'blocking', 'summary', 'findings', 'findingCounts', 'waiver'],
            true
          )
        },
        waivers: object(
          { applied: { type: 'array', items: waiver }, rejected: { type: 'array', items: rejectedWaiver } },
          ['applied', 'rejected'],
          true
        ),
        exemptions: {
          type: 'array',
          items: object(
            {
              check: str,
              reason: str,
              source: nullableString,
              covers: { type: 'array', items: str },
              matched: { type: ['integer', 'null'], minimum: 0 }
            },
            ['check', 'reason'],
            true
          )
        },
        config: object(
          { origin: nullableString, ref: str, extends: { type: 'array', items: str } },
          ['origin'],
          true
        ),
        configuration: str,
        services: { type: 'array', items: str },
        notices: { type: 'array', items: str },
        durationMs: { type: ['integer', 'null'], minimum: 0 },
        release: object(
          {
            pullRequests: {
              type: 'array',
              items: object(
                {
                  number: { type: 'integer', minimum: 1 },
                  title: str,
                  author: nullableString,
                  owners: { type: 'array', items: str },
                  verdict,
                  outcome,
                  blocking: { type: 'array', items: str },
                  url: str
                },
                ['number', 'title', 'author', 'owners', 'verdict', 'outcome', 'blocking'],
                true
              )
            },
            blockingItems: {
              type: 'array',
              items: object(
                {
                  scope: { enum: ['release', 'pull-request'] },
                  pullRequest: count,
                  title: str,
                  check: str,
                  summary: str,
                  owners: { type: 'array', items: str }
                },
                ['scope', 'check', 'summary', 'owners'],
                true
              )
            },
            directCommits: count
          },
          ['pullRequests', 'blockingItems', 'directCommits'],
          true
        ),
        deployment: object(
          { decision: { enum: ['approved', 'rejected'] }, rollback: { type: 'boolean' } },
          ['decision'],
          true
        )
      },
      [
        'schemaVersion',
        'id',
        'recordedAt',
        'tool',
        'repository',
        'event',
        'environment',
        'subject',
        'base',
        'head',
        'mergeBase',
        'verdict',
        'outcome',
        'mode',
        'blocking',
        'checks',
        'waivers',
        'exemptions',
        'config',
        'services',
        'durationMs'
      ],
      true
    )
  }
}
