import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-const-removed',
  level: 'breaking',
  description: 'Response body const value removed.',
  kinds: ['const-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
