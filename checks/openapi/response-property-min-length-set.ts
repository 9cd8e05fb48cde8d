import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-length-set',
  level: 'info',
  description: 'Response property min length set.',
  kinds: ['min-length-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
