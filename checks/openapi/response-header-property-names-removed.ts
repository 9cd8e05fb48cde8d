import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-property-names-removed',
  level: 'breaking',
  description: 'Response header propertyNames removed.',
  kinds: ['property-names-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
