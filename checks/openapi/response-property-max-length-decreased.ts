import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-length-decreased',
  level: 'info',
  description: 'Response property max length decreased.',
  kinds: ['max-length-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
