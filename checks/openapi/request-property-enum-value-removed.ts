import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-enum-value-removed',
  level: 'breaking',
  description: 'Request property enum value removed.',
  kinds: ['enum-value-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
