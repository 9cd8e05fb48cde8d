import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-any-of-added',
  level: 'breaking',
  description: 'Response body anyOf member added.',
  kinds: ['any-of-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info',
  differences:
    'oasdiff reports adding an anyOf member to a response as info; a client can now receive a shape it does not handle, as with oneOf, so we call it breaking.'
})
