import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-increased',
  level: 'info',
  description: 'Request body maximum increased.',
  kinds: ['max-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
