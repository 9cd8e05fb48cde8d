import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-dependent-schema-removed',
  level: 'info',
  description: 'Request parameter dependentSchemas removed.',
  kinds: ['dependent-schema-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
