import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-content-schema-removed',
  level: 'info',
  description: 'Request property contentSchema removed.',
  kinds: ['content-schema-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
