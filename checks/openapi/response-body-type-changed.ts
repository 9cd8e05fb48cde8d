import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-type-changed',
  level: 'breaking',
  description: 'Response body type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
