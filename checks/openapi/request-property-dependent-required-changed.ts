import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-dependent-required-changed',
  level: 'breaking',
  description: 'Request property dependentRequired changed.',
  kinds: ['dependent-required-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
