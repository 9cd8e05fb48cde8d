import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-required-property-removed',
  level: 'breaking',
  description: 'A required response property was removed: clients that read it break.',
  kinds: ['required-property-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error',
  differences:
    'We merge `allOf` members before comparing, so a property that moves into (or out of) an `allOf` member is not reported as removed; oasdiff reports such a move as a removal.'
})
