import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-const-added',
  level: 'info',
  description: 'Response property const value set.',
  kinds: ['const-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
