import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-format-changed',
  level: 'breaking',
  description: 'Response body format changed.',
  kinds: ['format-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
