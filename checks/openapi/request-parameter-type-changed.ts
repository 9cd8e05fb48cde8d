import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-type-changed',
  level: 'breaking',
  description: 'Request parameter type changed incompatibly.',
  kinds: ['type-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
