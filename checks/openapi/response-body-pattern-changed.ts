import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-pattern-changed',
  level: 'info',
  description: 'Response body pattern changed.',
  kinds: ['pattern-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
