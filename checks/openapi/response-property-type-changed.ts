import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-type-changed',
  level: 'breaking',
  description: 'Response property type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error',
  differences:
    'We merge `allOf` members before comparing, so restructuring a schema into `allOf` without changing what it accepts is no type change; oasdiff reports one. 3.1 type arrays that only grow or shrink get the list-of-types ids instead. A type replaced by a oneOf/anyOf that still includes it is a widening (compatible in a request), where oasdiff reports a type change. A format added to a response (integer to int64) narrows what the server sends, so we report it as the info `response-*-format-added`, where oasdiff reports a type change.'
})
