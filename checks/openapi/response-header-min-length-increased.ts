import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-length-increased',
  level: 'info',
  description: 'Response header min length increased.',
  kinds: ['min-length-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
