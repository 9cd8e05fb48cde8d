import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-pattern-added',
  level: 'breaking',
  description: 'Request property pattern set.',
  kinds: ['pattern-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
