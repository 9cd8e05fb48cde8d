import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-additional-properties-allowed',
  level: 'warning',
  description: 'Response header now allows additional properties.',
  kinds: ['additional-properties-allowed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'oasdiff has no such rule; a response that may carry unknown properties breaks strict deserialisers, so we warn.'
})
