import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-if-added',
  level: 'info',
  description: 'Response body if added.',
  kinds: ['if-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
