import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-exclusive-min-set',
  level: 'info',
  description: 'Response property exclusiveMinimum set.',
  kinds: ['exclusive-min-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
