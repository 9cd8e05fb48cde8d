import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-dependent-schema-removed',
  level: 'info',
  description: 'Request property dependentSchemas removed.',
  kinds: ['dependent-schema-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
