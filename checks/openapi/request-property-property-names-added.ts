import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-property-names-added',
  level: 'breaking',
  description: 'Request property propertyNames added.',
  kinds: ['property-names-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
