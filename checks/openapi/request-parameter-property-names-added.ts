import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-property-names-added',
  level: 'breaking',
  description: 'Request parameter propertyNames added.',
  kinds: ['property-names-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
