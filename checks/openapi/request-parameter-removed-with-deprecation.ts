import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-removed-with-deprecation',
  level: 'info',
  description: 'A deprecated parameter was removed.',
  kinds: ['request-parameter-removed-with-deprecation'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
