import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-exclusive-min-increased',
  level: 'info',
  description: 'Response body exclusiveMinimum increased.',
  kinds: ['exclusive-min-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
