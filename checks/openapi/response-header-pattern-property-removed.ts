import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-pattern-property-removed',
  level: 'breaking',
  description: 'Response header patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
