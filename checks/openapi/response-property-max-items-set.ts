import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-items-set',
  level: 'info',
  description: 'Response property max items set.',
  kinds: ['max-items-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
