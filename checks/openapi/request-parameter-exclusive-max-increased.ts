import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-max-increased',
  level: 'info',
  description: 'Request parameter exclusiveMaximum increased.',
  kinds: ['exclusive-max-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
