import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-pattern-changed',
  level: 'warning',
  description: 'Request body pattern changed.',
  kinds: ['pattern-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
