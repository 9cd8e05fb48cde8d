import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-if-added',
  level: 'breaking',
  description: 'Request property if added.',
  kinds: ['if-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
