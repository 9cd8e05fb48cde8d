import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-type-changed',
  level: 'breaking',
  description: 'Response property type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
