import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-property-names-removed',
  level: 'info',
  description: 'Request body propertyNames removed.',
  kinds: ['property-names-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
