import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-increased',
  level: 'info',
  description: 'Response header minimum increased.',
  kinds: ['min-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
