import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-default-value-added',
  level: 'info',
  description: 'Request property default value set.',
  kinds: ['default-value-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
