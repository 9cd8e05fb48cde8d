import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-content-schema-removed',
  level: 'breaking',
  description: 'Response property contentSchema removed.',
  kinds: ['content-schema-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
