import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-set',
  level: 'warning',
  description: 'Request parameter minimum set.',
  kinds: ['min-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
