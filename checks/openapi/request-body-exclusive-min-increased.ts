import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-min-increased',
  level: 'breaking',
  description: 'Request body exclusiveMinimum increased.',
  kinds: ['exclusive-min-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
