import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-const-removed',
  level: 'info',
  description: 'Request body const value removed.',
  kinds: ['const-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
