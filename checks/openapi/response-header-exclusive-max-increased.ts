import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-exclusive-max-increased',
  level: 'breaking',
  description: 'Response header exclusiveMaximum increased.',
  kinds: ['exclusive-max-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
