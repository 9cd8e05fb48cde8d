import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-optional-property-removed',
  level: 'warning',
  description: 'An optional response property was removed.',
  kinds: ['optional-property-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'warn'
})
