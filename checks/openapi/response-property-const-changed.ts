import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-const-changed',
  level: 'breaking',
  description: 'Response property const value changed.',
  kinds: ['const-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
