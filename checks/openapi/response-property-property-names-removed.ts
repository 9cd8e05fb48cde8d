import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-property-names-removed',
  level: 'breaking',
  description: 'Response property propertyNames removed.',
  kinds: ['property-names-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
