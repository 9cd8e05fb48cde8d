import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-const-changed',
  level: 'breaking',
  description: 'Request body const value changed.',
  kinds: ['const-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
