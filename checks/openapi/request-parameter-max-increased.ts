import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-increased',
  level: 'info',
  description: 'Request parameter maximum increased.',
  kinds: ['max-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
