import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-dependent-schema-added',
  level: 'info',
  description: 'Response header dependentSchemas added.',
  kinds: ['dependent-schema-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
