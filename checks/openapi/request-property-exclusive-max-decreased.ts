import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-max-decreased',
  level: 'breaking',
  description: 'Request property exclusiveMaximum decreased.',
  kinds: ['exclusive-max-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
