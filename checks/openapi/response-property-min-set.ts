import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-set',
  level: 'info',
  description: 'Response property minimum set.',
  kinds: ['min-set'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
