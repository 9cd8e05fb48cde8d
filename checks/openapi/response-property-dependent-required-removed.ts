import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-dependent-required-removed',
  level: 'breaking',
  description: 'Response property dependentRequired removed.',
  kinds: ['dependent-required-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
