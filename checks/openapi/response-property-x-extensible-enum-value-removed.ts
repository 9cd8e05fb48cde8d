import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-x-extensible-enum-value-removed',
  level: 'info',
  description: 'Response property x-extensible-enum value removed.',
  kinds: ['x-extensible-enum-value-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
