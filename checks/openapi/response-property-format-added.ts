import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-format-added',
  level: 'info',
  description: 'Response property format set.',
  kinds: ['format-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: null,
  differences:
    'Removing or changing a format in a response lets the server send values clients may not parse.'
})
