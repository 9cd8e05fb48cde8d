import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-if-added',
  level: 'info',
  description: 'Response header if added.',
  kinds: ['if-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
