import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-dependent-schema-removed',
  level: 'breaking',
  description: 'Response header dependentSchemas removed.',
  kinds: ['dependent-schema-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
