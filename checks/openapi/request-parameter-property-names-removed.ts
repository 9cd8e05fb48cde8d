import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-property-names-removed',
  level: 'info',
  description: 'Request parameter propertyNames removed.',
  kinds: ['property-names-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
