import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-items-increased',
  level: 'info',
  description: 'Response body min items increased.',
  kinds: ['min-items-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
