import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-dependent-schema-added',
  level: 'breaking',
  description: 'Request parameter dependentSchemas added.',
  kinds: ['dependent-schema-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
