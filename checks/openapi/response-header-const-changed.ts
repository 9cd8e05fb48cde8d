import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-const-changed',
  level: 'breaking',
  description: 'Response header const value changed.',
  kinds: ['const-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
