import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-pattern-added',
  level: 'breaking',
  description: 'Request parameter pattern set.',
  kinds: ['pattern-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
