import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-dependent-schema-added',
  level: 'breaking',
  description: 'Request body dependentSchemas added.',
  kinds: ['dependent-schema-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
