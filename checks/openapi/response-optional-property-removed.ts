import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-optional-property-removed',
  level: 'warning',
  description: 'An optional response property was removed.',
  kinds: ['optional-property-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'warn',
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
