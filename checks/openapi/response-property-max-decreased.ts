import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-decreased',
  level: 'info',
  description: 'Response property maximum decreased.',
  kinds: ['max-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
