import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-const-added',
  level: 'breaking',
  description: 'Request body const value set.',
  kinds: ['const-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
