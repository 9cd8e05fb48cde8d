import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-dependent-schema-added',
  level: 'breaking',
  description: 'Request property dependentSchemas added.',
  kinds: ['dependent-schema-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
