import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-format-changed',
  level: 'breaking',
  description: 'Response header format changed.',
  kinds: ['format-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
