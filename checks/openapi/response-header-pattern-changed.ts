import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-pattern-changed',
  level: 'info',
  description: 'Response header pattern changed.',
  kinds: ['pattern-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
