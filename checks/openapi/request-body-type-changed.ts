import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-type-changed',
  level: 'breaking',
  description: 'Request body type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
