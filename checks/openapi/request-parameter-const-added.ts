import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-const-added',
  level: 'breaking',
  description: 'Request parameter const value set.',
  kinds: ['const-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
