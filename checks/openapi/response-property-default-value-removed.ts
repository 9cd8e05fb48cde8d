import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-default-value-removed',
  level: 'info',
  description: 'Response property default value removed.',
  kinds: ['default-value-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
