import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-pattern-property-removed',
  level: 'info',
  description: 'Request body patternProperties removed.',
  kinds: ['pattern-property-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info',
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
