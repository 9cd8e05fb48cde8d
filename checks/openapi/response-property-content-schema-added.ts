import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-content-schema-added',
  level: 'info',
  description: 'Response property contentSchema added.',
  kinds: ['content-schema-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
