import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-content-encoding-changed',
  level: 'breaking',
  description: 'Request property contentEncoding changed.',
  kinds: ['content-encoding-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
