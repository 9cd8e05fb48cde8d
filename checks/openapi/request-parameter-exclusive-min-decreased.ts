import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-min-decreased',
  level: 'info',
  description: 'Request parameter exclusiveMinimum decreased.',
  kinds: ['exclusive-min-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
