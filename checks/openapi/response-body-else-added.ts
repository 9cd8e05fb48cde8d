import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-else-added',
  level: 'info',
  description: 'Response body else added.',
  kinds: ['else-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
