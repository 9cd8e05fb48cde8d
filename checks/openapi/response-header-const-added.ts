import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-const-added',
  level: 'info',
  description: 'Response header const value set.',
  kinds: ['const-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
