import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-min-decreased',
  level: 'info',
  description: 'Request property exclusiveMinimum decreased.',
  kinds: ['exclusive-min-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
