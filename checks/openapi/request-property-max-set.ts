import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-set',
  level: 'warning',
  description: 'Request property maximum set.',
  kinds: ['max-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
