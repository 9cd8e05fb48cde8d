import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-min-set',
  level: 'warning',
  description: 'Request parameter exclusiveMinimum set.',
  kinds: ['exclusive-min-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
