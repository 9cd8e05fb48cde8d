import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-const-added',
  level: 'breaking',
  description: 'Request property const value set.',
  kinds: ['const-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
