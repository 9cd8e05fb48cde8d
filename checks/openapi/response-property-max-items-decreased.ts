import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-items-decreased',
  level: 'info',
  description: 'Response property max items decreased.',
  kinds: ['max-items-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
