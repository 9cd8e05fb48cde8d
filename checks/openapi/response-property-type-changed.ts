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
    'We merge `allOf` members before comparing, so restructuring a schema into `allOf` without changing what it accepts is no type change; oasdiff reports one. 3.1 type arrays that only grow or shrink get the list-of-types ids instead.'
})
