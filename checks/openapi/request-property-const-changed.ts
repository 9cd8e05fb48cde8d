import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-const-changed',
  level: 'breaking',
  description: 'Request property const value changed.',
  kinds: ['const-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
