import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-increased',
  level: 'breaking',
  description: 'Response body maximum increased.',
  kinds: ['max-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
