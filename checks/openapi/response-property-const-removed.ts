import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-const-removed',
  level: 'breaking',
  description: 'Response property const value removed.',
  kinds: ['const-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
