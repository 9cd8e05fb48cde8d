// The "by family" sections of docs/openapi-vs-oasdiff.md (written by scripts/compare-oasdiff.mjs):
// where our verdict differs from oasdiff 1.15 on purpose, and what the run over oasdiff's own
// checker spec pairs (scripts/oasdiff-checker-sweep.mjs) measured. Kept apart from the release
// comparison so each section has one owner.

/** The deliberate differences, family by family, with the reason a client would agree with us. */
export const FAMILY_LINES = [
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
  '- **Sunsets and the deprecation policy**: parameters and properties get the same sunset rules as operations (oasdiff ids where',
  '  they exist: `*-property-deprecated-sunset-missing`, `*-property-sunset-date-too-small`). A deprecated property removed before',
  '  its `x-sunset` is `*-property-removed-before-sunset` (breaking), where oasdiff reports an ordinary removal (a warning for an',
  '  optional property): the document promised the property until that date. A malformed `x-sunset` or `x-stability-level` is',
  '  reported when a change brings it, never on an unchanged operation, so a self-diff is always empty.',
  '- **Constraints inside OpenAPI 3.1 subschemas** (`if`/`then`/`else`, `contains`, `dependentSchemas`, `patternProperties`,',
  '  `propertyNames`, `unevaluatedProperties`/`unevaluatedItems`, `prefixItems`, `contentSchema`): the same ids and verdicts as',
  '  oasdiff on every fixture; the keyword is named in the property path (`(then).storeId` where oasdiff writes `/then/storeId`).',
  '- **Webhooks** are compared like path operations, with the direction the other way round: the API sends a webhook request, so',
  '  what it sends must not grow. Its payload and its headers are compared like a response; oasdiff compares them like a client',
  '  request, so it calls a payload that became not nullable breaking, a removed required payload property or header only a',
  '  warning, and a payload media type the API stops sending breaking; we judge the opposite (`webhook-payload-media-type-removed`',
  '  is info, a new one is a warning). A removed webhook operation is judged by its deprecation and `x-sunset`, as operations are:',
  '  a deprecated webhook removed after its sunset is `webhook-removed-with-deprecation` (info), where oasdiff reports',
  '  `webhook-removed` (breaking) for every removal.',
  ''
]

/**
 * The run over the spec pairs of oasdiff's own checker tests, copied into a scratch folder (not
 * committed): `npm run build && node scripts/oasdiff-checker-sweep.mjs DIR`. Numbers written after
 * reading the run; re-measure when the engine changes what it refuses.
 */
export const CHECKER_SWEEP_LINES = [
  "## oasdiff's own checker spec pairs",
  '',
  "`scripts/oasdiff-checker-sweep.mjs DIR` runs both tools over spec pairs laid out like oasdiff's test data (`*_base.yaml` with",
  'its `*_revision.yaml`, or with every file of the same prefix; `base.yaml` with `revision.yaml`; a `pairs.txt` where the tests',
  'pair files by hand; a file without a partner is compared with itself). On 43 pairs made of 63 files of the oasdiff repository',
  '(`data/checker/`, `data/deprecation/`, `data/allof/` and, from its earlier history, `data/additional-properties/`,',
  '`data/attributes/`, `data/delta/`, `data/header-case/`), 2026-12-05:',
  '',
  '| | release-readiness | oasdiff 1.15.0 |',
  '|---|---|---|',
  '| compared, no breaking change (exit 0) | 22 | 18 |',
  '| compared, breaking (exit 1) | 21 | 22 |',
  '| refused (our exit 2, oasdiff load error) | 0 | 3 |',
  '| refused with `--strict` | 3 (no `responses`, a response without `description`, a parameter without `schema`) | |',
  '',
  'oasdiff 1.15 cannot load three 3.1 documents that use boolean schemas (`schema: true`, `schema: false`, `items: false`); we compare',
  'them (`items: false` added to a request array is `request-body-items-forbidden`, breaking). The verdicts differ on four compared',
  'pairs, all on purpose (the first two are pinned by the fixtures',
  '`response-map-value-required-property-removed` and `all-of-member-drops-required` in the differential test):',
  '',
  "- a required property removed from the schema of a map's values (`additionalProperties`) in a response: clients that read it from",
  '  each entry break, so it is `response-required-property-removed` here; oasdiff 1.15 does not look inside `additionalProperties`;',
  '- `allOf: [A, B]` in a response where `A` stops requiring `id` and `B` still requires it: the merged schema still requires `id`,',
  '  so clients still get it and we report nothing; oasdiff compares the members one by one and calls it',
  '  `response-property-became-optional`;',
  '- an operation deprecated with an `x-sunset` already in the past: oasdiff applies a deprecation policy of 0 days by default',
  '  (`api-sunset-date-too-small`); we apply a policy only when one is configured (`deprecation: { stable: 0 }` gives the',
  "  same verdict), and the operation's later removal is then `api-removed-with-deprecation`;",
  '- header parameters renamed only in case (`X-Case` to `x-case`): HTTP header names are case-insensitive, so we report nothing;',
  '  oasdiff reads a new required parameter (`new-required-request-default-parameter-to-existing-path`).',
  ''
]
