import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-dependent-required-changed',
  level: 'breaking',
  description: 'Response property dependentRequired changed.',
  kinds: ['dependent-required-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
