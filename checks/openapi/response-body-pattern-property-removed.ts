import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-pattern-property-removed',
  level: 'breaking',
  description: 'Response body patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error',
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
