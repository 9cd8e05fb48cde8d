import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-exclusive-min-increased',
  level: 'info',
  description: 'Response header exclusiveMinimum increased.',
  kinds: ['exclusive-min-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
