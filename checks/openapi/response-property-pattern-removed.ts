import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-pattern-removed',
  level: 'warning',
  description: 'Response property pattern removed.',
  kinds: ['pattern-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info',
  differences:
    'oasdiff reports this as info; a response that no longer promises a pattern may send values clients reject, so we warn.'
})
