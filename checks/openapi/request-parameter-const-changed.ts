import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-const-changed',
  level: 'breaking',
  description: 'Request parameter const value changed.',
  kinds: ['const-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
