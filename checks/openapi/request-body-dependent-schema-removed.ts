import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-dependent-schema-removed',
  level: 'info',
  description: 'Request body dependentSchemas removed.',
  kinds: ['dependent-schema-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
