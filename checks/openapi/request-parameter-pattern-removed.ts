import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-pattern-removed',
  level: 'info',
  description: 'Request parameter pattern removed.',
  kinds: ['pattern-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
