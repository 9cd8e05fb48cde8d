import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-exclusive-max-set',
  level: 'info',
  description: 'Response property exclusiveMaximum set.',
  kinds: ['exclusive-max-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
