import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-additional-properties-forbidden',
  level: 'breaking',
  description: 'Request property no longer allows additional properties.',
  kinds: ['additional-properties-forbidden'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
