import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-length-set',
  level: 'warning',
  description: 'Request property max length set.',
  kinds: ['max-length-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
