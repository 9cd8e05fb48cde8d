import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-content-encoding-changed',
  level: 'breaking',
  description: 'Response property contentEncoding changed.',
  kinds: ['content-encoding-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
