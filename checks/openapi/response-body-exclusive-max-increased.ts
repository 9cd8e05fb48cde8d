import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-exclusive-max-increased',
  level: 'breaking',
  description: 'Response body exclusiveMaximum increased.',
  kinds: ['exclusive-max-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
