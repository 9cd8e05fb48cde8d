import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-dependent-required-added',
  level: 'info',
  description: 'Response property dependentRequired added.',
  kinds: ['dependent-required-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
