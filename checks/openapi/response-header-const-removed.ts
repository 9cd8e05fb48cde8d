import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-const-removed',
  level: 'breaking',
  description: 'Response header const value removed.',
  kinds: ['const-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
