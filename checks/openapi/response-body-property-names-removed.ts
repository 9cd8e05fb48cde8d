import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-property-names-removed',
  level: 'breaking',
  description: 'Response body propertyNames removed.',
  kinds: ['property-names-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
