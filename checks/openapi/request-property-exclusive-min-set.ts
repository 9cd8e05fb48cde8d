import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-min-set',
  level: 'warning',
  description: 'Request property exclusiveMinimum set.',
  kinds: ['exclusive-min-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
