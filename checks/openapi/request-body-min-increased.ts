import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-increased',
  level: 'breaking',
  description: 'Request body minimum increased.',
  kinds: ['min-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
