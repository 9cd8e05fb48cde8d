import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-default-value-removed',
  level: 'info',
  description: 'Request property default value removed.',
  kinds: ['default-value-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
