import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-type-changed',
  level: 'breaking',
  description: 'Request property type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
