import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-additional-properties-allowed',
  level: 'warning',
  description: 'Response property now allows additional properties.',
  kinds: ['additional-properties-allowed'],
  direction: 'response',
  subject: 'property',
  oasdiff: null,
  differences:
    'oasdiff has no such rule; a response that may carry unknown properties breaks strict deserialisers, so we warn.'
})
