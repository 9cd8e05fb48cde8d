import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-pattern-changed',
  level: 'warning',
  description: 'Request parameter pattern changed.',
  kinds: ['pattern-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
