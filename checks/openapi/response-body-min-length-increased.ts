import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-length-increased',
  level: 'info',
  description: 'Response body min length increased.',
  kinds: ['min-length-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
