import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-const-removed',
  level: 'info',
  description: 'Request parameter const value removed.',
  kinds: ['const-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
