import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-contains-added',
  level: 'breaking',
  description: 'Request property contains added.',
  kinds: ['contains-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
