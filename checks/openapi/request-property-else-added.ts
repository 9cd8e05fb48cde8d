import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-else-added',
  level: 'breaking',
  description: 'Request property else added.',
  kinds: ['else-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
