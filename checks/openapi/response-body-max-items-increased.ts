import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-items-increased',
  level: 'breaking',
  description: 'Response body max items increased.',
  kinds: ['max-items-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
