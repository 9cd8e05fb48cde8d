import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-items-unset',
  level: 'info',
  description: 'Request parameter min items removed.',
  kinds: ['min-items-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
