import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-contains-added',
  level: 'info',
  description: 'Response header contains added.',
  kinds: ['contains-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
