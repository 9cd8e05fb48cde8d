import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-dependent-schema-added',
  level: 'info',
  description: 'Response property dependentSchemas added.',
  kinds: ['dependent-schema-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
