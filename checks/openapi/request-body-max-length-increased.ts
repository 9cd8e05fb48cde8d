import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-length-increased',
  level: 'info',
  description: 'Request body max length increased.',
  kinds: ['max-length-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
