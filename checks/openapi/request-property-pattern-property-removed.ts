import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-pattern-property-removed',
  level: 'info',
  description: 'Request property patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info',
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
