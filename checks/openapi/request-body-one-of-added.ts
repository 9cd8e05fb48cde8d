import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-one-of-added',
  level: 'info',
  description: 'Request body oneOf member added.',
  kinds: ['one-of-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
