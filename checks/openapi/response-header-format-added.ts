import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-format-added',
  level: 'info',
  description: 'Response header format set.',
  kinds: ['format-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
