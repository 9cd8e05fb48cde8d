import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-format-changed',
  level: 'breaking',
  description: 'Response property format changed.',
  kinds: ['format-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
