import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-pattern-property-removed',
  level: 'info',
  description: 'Request parameter patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null,
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
