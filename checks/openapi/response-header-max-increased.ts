import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-increased',
  level: 'breaking',
  description: 'Response header maximum increased.',
  kinds: ['max-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
