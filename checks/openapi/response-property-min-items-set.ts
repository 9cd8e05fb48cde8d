import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-items-set',
  level: 'info',
  description: 'Response property min items set.',
  kinds: ['min-items-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
