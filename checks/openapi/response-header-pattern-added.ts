import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-pattern-added',
  level: 'info',
  description: 'Response header pattern set.',
  kinds: ['pattern-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
