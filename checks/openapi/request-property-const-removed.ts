import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-const-removed',
  level: 'info',
  description: 'Request property const value removed.',
  kinds: ['const-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
