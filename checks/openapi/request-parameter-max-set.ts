import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-set',
  level: 'warning',
  description: 'Request parameter maximum set.',
  kinds: ['max-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
