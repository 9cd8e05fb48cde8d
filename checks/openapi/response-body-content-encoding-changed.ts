import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-content-encoding-changed',
  level: 'breaking',
  description: 'Response body contentEncoding changed.',
  kinds: ['content-encoding-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
