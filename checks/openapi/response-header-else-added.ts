import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-else-added',
  level: 'info',
  description: 'Response header else added.',
  kinds: ['else-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
