import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-items-increased',
  level: 'info',
  description: 'Response header min items increased.',
  kinds: ['min-items-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
