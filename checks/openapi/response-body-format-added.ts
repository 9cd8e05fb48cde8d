import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-format-added',
  level: 'info',
  description: 'Response body format set.',
  kinds: ['format-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
