import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-format-removed',
  level: 'breaking',
  description: 'Response body format removed.',
  kinds: ['format-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
