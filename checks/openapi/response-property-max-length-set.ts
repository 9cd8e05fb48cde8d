import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-length-set',
  level: 'info',
  description: 'Response property max length set.',
  kinds: ['max-length-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
