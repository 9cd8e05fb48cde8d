import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-pattern-property-removed',
  level: 'breaking',
  description: 'Response property patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error',
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
