import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-exclusive-max-unset',
  level: 'info',
  description: 'Request parameter exclusiveMaximum removed.',
  kinds: ['exclusive-max-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
