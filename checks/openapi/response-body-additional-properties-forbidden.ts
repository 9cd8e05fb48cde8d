import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-additional-properties-forbidden',
  level: 'info',
  description: 'Response body no longer allows additional properties.',
  kinds: ['additional-properties-forbidden'],
  direction: 'response',
  subject: 'body',
  oasdiff: null,
  differences:
    'oasdiff has no such rule; a response that may carry unknown properties breaks strict deserialisers, so we warn.'
})
