import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-dependent-required-removed',
  level: 'info',
  description: 'Request property dependentRequired removed.',
  kinds: ['dependent-required-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
