import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-property-names-added',
  level: 'breaking',
  description: 'Request body propertyNames added.',
  kinds: ['property-names-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
