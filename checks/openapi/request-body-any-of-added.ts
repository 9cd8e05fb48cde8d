import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-any-of-added',
  level: 'info',
  description: 'Request body anyOf member added.',
  kinds: ['any-of-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
