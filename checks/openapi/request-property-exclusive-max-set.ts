import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-max-set',
  level: 'warning',
  description: 'Request property exclusiveMaximum set.',
  kinds: ['exclusive-max-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
