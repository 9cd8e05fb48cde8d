import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-length-unset',
  level: 'info',
  description: 'Request parameter min length removed.',
  kinds: ['min-length-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
