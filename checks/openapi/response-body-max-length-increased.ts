import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-length-increased',
  level: 'breaking',
  description: 'Response body max length increased.',
  kinds: ['max-length-increased'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
