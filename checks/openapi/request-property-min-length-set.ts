import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-length-set',
  level: 'warning',
  description: 'Request property min length set.',
  kinds: ['min-length-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
