import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-content-encoding-changed',
  level: 'breaking',
  description: 'Request parameter contentEncoding changed.',
  kinds: ['content-encoding-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
