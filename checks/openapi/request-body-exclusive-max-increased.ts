import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-max-increased',
  level: 'info',
  description: 'Request body exclusiveMaximum increased.',
  kinds: ['exclusive-max-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
