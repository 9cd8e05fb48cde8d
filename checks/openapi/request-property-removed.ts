import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-removed',
  level: 'warning',
  description: 'A request property was removed: what clients still send may be ignored or rejected.',
  kinds: ['required-property-removed', 'optional-property-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn',
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
