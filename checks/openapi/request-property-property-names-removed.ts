import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-property-names-removed',
  level: 'info',
  description: 'Request property propertyNames removed.',
  kinds: ['property-names-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
