import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-exclusive-min-decreased',
  level: 'breaking',
  description: 'Response property exclusiveMinimum decreased.',
  kinds: ['exclusive-min-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
