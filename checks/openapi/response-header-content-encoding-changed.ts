import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-content-encoding-changed',
  level: 'breaking',
  description: 'Response header contentEncoding changed.',
  kinds: ['content-encoding-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
