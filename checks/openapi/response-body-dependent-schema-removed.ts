import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-dependent-schema-removed',
  level: 'breaking',
  description: 'Response body dependentSchemas removed.',
  kinds: ['dependent-schema-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
