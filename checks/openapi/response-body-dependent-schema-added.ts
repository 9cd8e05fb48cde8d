import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-dependent-schema-added',
  level: 'info',
  description: 'Response body dependentSchemas added.',
  kinds: ['dependent-schema-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
