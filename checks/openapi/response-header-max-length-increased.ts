import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-length-increased',
  level: 'breaking',
  description: 'Response header max length increased.',
  kinds: ['max-length-increased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
