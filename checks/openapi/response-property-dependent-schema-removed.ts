import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-dependent-schema-removed',
  level: 'breaking',
  description: 'Response property dependentSchemas removed.',
  kinds: ['dependent-schema-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
