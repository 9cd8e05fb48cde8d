import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-items-increased',
  level: 'info',
  description: 'Request parameter max items increased.',
  kinds: ['max-items-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
