import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-dependent-required-added',
  level: 'breaking',
  description: 'Request property dependentRequired added.',
  kinds: ['dependent-required-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
