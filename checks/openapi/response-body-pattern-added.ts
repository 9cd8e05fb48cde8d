import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-pattern-added',
  level: 'info',
  description: 'Response body pattern set.',
  kinds: ['pattern-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
