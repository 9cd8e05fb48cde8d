import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-items-increased',
  level: 'breaking',
  description: 'Request body min items increased.',
  kinds: ['min-items-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
