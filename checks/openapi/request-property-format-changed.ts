import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-format-changed',
  level: 'breaking',
  description: 'Request property format changed.',
  kinds: ['format-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
