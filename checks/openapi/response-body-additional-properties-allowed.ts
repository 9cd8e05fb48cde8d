import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-additional-properties-allowed',
  level: 'warning',
  description: 'Response body now allows additional properties.',
  kinds: ['additional-properties-allowed'],
  direction: 'response',
  subject: 'body',
  oasdiff: null,
  differences:
    'oasdiff has no such rule; a response that may carry unknown properties breaks strict deserialisers, so we warn.'
})
