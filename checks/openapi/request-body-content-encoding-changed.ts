import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-content-encoding-changed',
  level: 'breaking',
  description: 'Request body contentEncoding changed.',
  kinds: ['content-encoding-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
