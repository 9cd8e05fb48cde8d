import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-format-changed',
  level: 'breaking',
  description: 'Request body format changed.',
  kinds: ['format-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
