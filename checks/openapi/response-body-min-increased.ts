import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-increased',
  level: 'info',
  description: 'Response body minimum increased.',
  kinds: ['min-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
