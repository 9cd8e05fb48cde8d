#!/usr/bin/env node
// Compares our breaking-change verdicts with oasdiff's on GitHub's REST description
// (@octokit/openapi 22.0.0 → 23.0.2) and writes docs/openapi-vs-oasdiff.md.
// Slow (runs both tools on two 12 MB documents); not part of the jest run.
// Usage: node scripts/compare-oasdiff.mjs [--check]   (--check: exit 1 if the doc would change)
import { readFileSync, writeFileSync } from 'node:fs'
import { BASE, HEAD, OASDIFF } from './bench/openapi.mjs'
import { measure } from './bench/measure.mjs'
import { cliEntry, root } from './lib/openapi-bundle.mjs'

/** Why an operation is breaking for only one tool, by the rule ids involved. Written after reading the cases. */
const EXPLANATIONS = {
  ours: {
    'response-property-any-of-added':
      'A new `anyOf` member in a response means clients can receive a shape they do not handle. oasdiff reports a new `oneOf` member as breaking but a new `anyOf` member only as info; we treat both alike.',
    'response-body-any-of-added':
      'A new `anyOf` member in a response body means clients can receive a shape they do not handle. oasdiff reports a new `oneOf` member as breaking but a new `anyOf` member only as info; we treat both alike.',
    'request-body-additional-properties-forbidden':
      '`additionalProperties: false` was added to a request body: a client that sends a field the schema does not list is now rejected. oasdiff has no rule for this.',
    'request-property-additional-properties-forbidden':
      '`additionalProperties: false` was added to an object inside a request body: a client that sends a field the schema does not list is now rejected. oasdiff has no rule for this.'
  },
  theirs: {
    'response-required-property-removed':
      'oasdiff compares `allOf` member by member. GitHub wrapped schemas in `allOf: [{$ref: repository}, {custom_properties...}]` (and the same for `issue`); every property of the wrapped schema then looks removed to oasdiff. We merge `allOf` before comparing, so only the added properties show (as info).',
    'response-property-type-changed':
      'Two causes: the same `allOf` wrapping (the wrapped schema has no `type` of its own, which oasdiff reads as a type change), and `format: int64` added to integer ids in responses. A response that promises a narrower format breaks no client, so we report `response-property-format-added` as info.',
    'response-body-type-changed': 'The `allOf` wrapping of a whole response body; see above.',
    'request-property-type-changed':
      'A request property of type `string` became `oneOf: [string, object]`. Every value that was valid is still valid, so this widening is compatible; we report `request-property-type-generalized` (info).',
    'request-property-min-length-increased':
      'Not a difference of judgement: fixed (an absent `minLength` counts as 0). Listed if it reappears.'
  }
}

const key = (method, path) => `${method.toUpperCase()} ${path}`

function group(entries) {
  const map = new Map()
  for (const [op, id] of entries) {
    if (!map.has(op)) map.set(op, new Set())
    map.get(op).add(id)
  }
  return map
}

export async function compare() {
  const ours = await cliEntry()
  const oursRun = await measure(process.execPath, [...ours.argv, BASE, HEAD, '--format', 'json'])
  const theirsRun = await measure(OASDIFF, ['breaking', BASE, HEAD, '--format', 'json'])
  if (oursRun.code !== 1 || theirsRun.code !== 0)
    throw new Error(`unexpected exit codes: ours ${oursRun.code}, oasdiff ${theirsRun.code}`)
  const ourChanges = JSON.parse(oursRun.stdout).changes
  const theirChanges = JSON.parse(theirsRun.stdout)
  const ourOps = group(ourChanges.filter((c) => c.level === 'breaking').map((c) => [c.operation, c.id]))
  const theirOps = group(
    theirChanges.filter((c) => c.level === 3).map((c) => [key(c.operation, c.path), c.id])
  )
  const both = [...ourOps.keys()].filter((k) => theirOps.has(k)).sort()
  const onlyOurs = [...ourOps.keys()].filter((k) => !theirOps.has(k)).sort()
  const onlyTheirs = [...theirOps.keys()].filter((k) => !ourOps.has(k)).sort()
  return {
    ours: {
      label: ours.label,
      wallMs: oursRun.wallMs,
      peakRssMb: oursRun.peakRssMb,
      changes: ourChanges.length,
      breaking: ourChanges.filter((c) => c.level === 'breaking').length,
      ops: ourOps
    },
    theirs: {
      wallMs: theirsRun.wallMs,
      peakRssMb: theirsRun.peakRssMb,
      changes: theirChanges.length,
      breaking: theirChanges.filter((c) => c.level === 3).length,
      ops: theirOps
    },
    both,
    onlyOurs,
    onlyTheirs
  }
}

export function render(r) {
  const list = (ops, map, side) => {
    const ids = new Map()
    const lines = []
    for (const op of ops) {
      const set = [...map.get(op)].sort()
      for (const id of set) ids.set(id, (ids.get(id) ?? 0) + 1)
      lines.push(`| \`${op}\` | ${set.map((i) => `\`${i}\``).join(', ')} |`)
    }
    const why = [...ids.keys()]
      .sort()
      .map(
        (id) =>
          `- \`${id}\` (${ids.get(id)} operation(s)): ${EXPLANATIONS[side][id] ?? '**not yet explained**'}`
      )
    return ops.length === 0
      ? ['None.', '']
      : ['| operation | rule ids |', '|---|---|', ...lines, '', 'Why:', '', ...why, '']
  }
  return [
    "# Our breaking changes vs oasdiff on GitHub's REST description",
    '',
    '<!-- Generated by `node scripts/compare-oasdiff.mjs`; do not edit by hand. -->',
    '',
    'Base: `@octokit/openapi` 22.0.0 `generated/api.github.com.json`; head: `@octokit/openapi` 23.0.2, same file (about 12 MB of JSON each).',
    'oasdiff 1.15.0 `breaking --format json` against `release-readiness openapi-diff --format json`. An operation counts as breaking for',
    "a tool when it has at least one change at oasdiff's ERR level (level 3) or our `breaking` level.",
    '',
    '| | release-readiness | oasdiff |',
    '|---|---|---|',
    `| changes reported (all levels) | ${r.ours.changes} | ${r.theirs.changes} (ERR and WARN only) |`,
    `| breaking changes | ${r.ours.breaking} | ${r.theirs.breaking} |`,
    `| operations with a breaking change | ${r.ours.ops.size} | ${r.theirs.ops.size} |`,
    `| wall time, this run | ${(r.ours.wallMs / 1000).toFixed(2)} s | ${(r.theirs.wallMs / 1000).toFixed(2)} s |`,
    `| peak RSS, this run | ${Math.round(r.ours.peakRssMb)} MB | ${Math.round(r.theirs.peakRssMb)} MB |`,
    '',
    `Both tools call ${r.both.length} operations breaking. ${r.onlyOurs.length} are breaking only for us, ${r.onlyTheirs.length} only for oasdiff.`,
    '',
    '## Breaking only for release-readiness',
    '',
    ...list(r.onlyOurs, r.ours.ops, 'ours'),
    '## Breaking only for oasdiff',
    '',
    ...list(r.onlyTheirs, r.theirs.ops, 'theirs'),
    '## Deliberate differences by family',
    '',
    '`test/readers/openapi/oasdiff-differential.test.ts` runs oasdiff on every fixture in `test/fixtures/openapi/` and requires its verdict,',
    'unless the fixture is listed there with the rule whose reason ([docs/openapi-rules.md](openapi-rules.md)) says why a client would',
    'agree with us. By family:',
    '',
    '- **Documents that break the OpenAPI schema** are compared, like oasdiff does, with one `openapi-document-schema-problems` warning',
    '  naming each problem and its line (oasdiff says nothing); `--strict` refuses them.',
    '- **Format widening in requests** (`int32` to `int64`, `float` to `double`) is `request-*-type-generalized` (info), as in oasdiff.',
    '- **`readOnly` / `writeOnly`**: the same ids as oasdiff, but a required request property that stops being readOnly (clients never',
    '  sent it, now they must) and a required response property that becomes writeOnly (the server stops sending it) are breaking;',
    '  oasdiff reports both as info.',
    '- **`discriminator`**: the same ids; a renamed discriminator property or a value mapped to another schema breaks both directions,',
    '  and a mapping removed from a request rejects what clients send: breaking here, info in oasdiff.',
    '- **Security scheme components**: the same ids; a scheme that changes type (or HTTP scheme) is breaking, changed OAuth URLs and',
    '  removed scopes are warnings (all info in oasdiff); an API key that moves (`api-security-component-location-changed`) is',
    '  breaking and has no oasdiff id.',
    '- **Sunsets and the deprecation policy**: parameters get the same sunset rules as operations (oasdiff ids where they exist);',
    '  a malformed `x-sunset` or `x-stability-level` is reported when a change brings it, never on an unchanged operation, so a',
    '  self-diff is always empty.',
    '- **Webhook payloads** are compared like responses: the API sends a webhook request, so what it sends must not grow. oasdiff',
    '  compares them like client requests, so it calls a payload that became not nullable breaking and a removed required payload',
    '  property only a warning; we judge the opposite.',
    '',
    '## Counting',
    '',
    'The change counts differ because the tools split changes differently: oasdiff lists every property of an `allOf`-wrapped schema',
    'as removed, and reports each response status separately; we list compatible (info) changes too. The comparison above is therefore',
    'by operation: the set of operations each tool would block.',
    `Our run: ${r.ours.label}.`,
    ''
  ].join('\n')
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const result = await compare()
  const text = render(result)
  const path = `${root}docs/openapi-vs-oasdiff.md`
  console.log(
    `both ${result.both.length}, only ours ${result.onlyOurs.length}, only oasdiff ${result.onlyTheirs.length}`
  )
  if (process.argv.includes('--check')) {
    const current = readFileSync(path, 'utf8').replace(/\| (wall time|peak RSS).*\n/g, '')
    process.exitCode = current === text.replace(/\| (wall time|peak RSS).*\n/g, '') ? 0 : 1
  } else writeFileSync(path, text)
}
