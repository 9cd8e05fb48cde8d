import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-length-increased',
  level: 'breaking',
  description: 'Request body min length increased.',
  kinds: ['min-length-increased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
