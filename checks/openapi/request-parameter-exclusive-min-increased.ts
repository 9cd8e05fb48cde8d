import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-min-increased',
  level: 'breaking',
  description: 'Request parameter exclusiveMinimum increased.',
  kinds: ['exclusive-min-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
