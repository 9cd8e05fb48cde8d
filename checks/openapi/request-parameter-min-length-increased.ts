import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-length-increased',
  level: 'breaking',
  description: 'Request parameter min length increased.',
  kinds: ['min-length-increased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
