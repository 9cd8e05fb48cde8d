import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-then-added',
  level: 'breaking',
  description: 'Request property then added.',
  kinds: ['then-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
