import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-set',
  level: 'info',
  description: 'Response property maximum set.',
  kinds: ['max-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
