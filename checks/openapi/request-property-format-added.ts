import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-format-added',
  level: 'breaking',
  description: 'Request property format set.',
  kinds: ['format-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
