import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-increased',
  level: 'info',
  description: 'Response property minimum increased.',
  kinds: ['min-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
