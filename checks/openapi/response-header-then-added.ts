import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-then-added',
  level: 'info',
  description: 'Response header then added.',
  kinds: ['then-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
