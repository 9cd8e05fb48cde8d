import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-unset',
  level: 'info',
  description: 'Request parameter maximum removed.',
  kinds: ['max-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
