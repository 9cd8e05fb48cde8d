import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-type-changed',
  level: 'breaking',
  description: 'Request body type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error',
  differences:
    'We merge `allOf` members before comparing, so restructuring a schema into `allOf` without changing what it accepts is no type change; oasdiff reports one. 3.1 type arrays that only grow or shrink get the list-of-types ids instead.'
})
