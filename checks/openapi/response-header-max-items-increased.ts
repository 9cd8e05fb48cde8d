import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-items-increased',
  level: 'breaking',
  description: 'Response header max items increased.',
  kinds: ['max-items-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
