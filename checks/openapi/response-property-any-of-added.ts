import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-any-of-added',
  level: 'breaking',
  description: 'Response property anyOf member added.',
  kinds: ['any-of-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info',
  differences:
    'oasdiff reports adding an anyOf member to a response as info; a client can now receive a shape it does not handle, as with oneOf, so we call it breaking.'
})
