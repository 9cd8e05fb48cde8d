import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-additional-properties-allowed',
  level: 'info',
  description: 'Request property now allows additional properties.',
  kinds: ['additional-properties-allowed'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
