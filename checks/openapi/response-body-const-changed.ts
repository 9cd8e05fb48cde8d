import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-const-changed',
  level: 'breaking',
  description: 'Response body const value changed.',
  kinds: ['const-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
