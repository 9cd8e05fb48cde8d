import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-min-unset',
  level: 'info',
  description: 'Request parameter exclusiveMinimum removed.',
  kinds: ['exclusive-min-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
