import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-additional-properties-forbidden',
  level: 'info',
  description: 'Response header no longer allows additional properties.',
  kinds: ['additional-properties-forbidden'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'oasdiff has no such rule; a response that may carry unknown properties breaks strict deserialisers, so we warn.'
})
