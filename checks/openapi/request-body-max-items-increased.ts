import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-items-increased',
  level: 'info',
  description: 'Request body max items increased.',
  kinds: ['max-items-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
