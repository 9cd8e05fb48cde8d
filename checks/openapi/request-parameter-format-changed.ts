import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-format-changed',
  level: 'breaking',
  description: 'Request parameter format changed.',
  kinds: ['format-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
