import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-unset',
  level: 'info',
  description: 'Request parameter minimum removed.',
  kinds: ['min-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
