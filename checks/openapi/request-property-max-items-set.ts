import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-items-set',
  level: 'warning',
  description: 'Request property max items set.',
  kinds: ['max-items-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
