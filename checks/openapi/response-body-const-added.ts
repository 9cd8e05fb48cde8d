import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-const-added',
  level: 'info',
  description: 'Response body const value set.',
  kinds: ['const-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
