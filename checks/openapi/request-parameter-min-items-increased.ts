import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-items-increased',
  level: 'breaking',
  description: 'Request parameter min items increased.',
  kinds: ['min-items-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
