import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-one-of-added',
  level: 'breaking',
  description: 'Response body oneOf member added.',
  kinds: ['one-of-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
