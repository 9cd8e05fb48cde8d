import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-length-increased',
  level: 'info',
  description: 'Request parameter max length increased.',
  kinds: ['max-length-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
