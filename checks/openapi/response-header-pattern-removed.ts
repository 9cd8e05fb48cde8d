import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-pattern-removed',
  level: 'warning',
  description: 'Response header pattern removed.',
  kinds: ['pattern-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'oasdiff reports this as info; a response that no longer promises a pattern may send values clients reject, so we warn.'
})
