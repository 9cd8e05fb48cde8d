import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-increased',
  level: 'breaking',
  description: 'Request parameter minimum increased.',
  kinds: ['min-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
