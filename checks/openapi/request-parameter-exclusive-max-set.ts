import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-max-set',
  level: 'warning',
  description: 'Request parameter exclusiveMaximum set.',
  kinds: ['exclusive-max-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
