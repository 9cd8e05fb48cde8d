import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-enum-value-added',
  level: 'info',
  description: 'Request property enum value added.',
  kinds: ['enum-value-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
