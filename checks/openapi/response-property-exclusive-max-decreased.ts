import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-exclusive-max-decreased',
  level: 'info',
  description: 'Response property exclusiveMaximum decreased.',
  kinds: ['exclusive-max-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
