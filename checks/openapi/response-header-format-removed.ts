import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-format-removed',
  level: 'breaking',
  description: 'Response header format removed.',
  kinds: ['format-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
