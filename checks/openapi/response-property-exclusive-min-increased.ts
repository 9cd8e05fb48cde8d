import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-exclusive-min-increased',
  level: 'info',
  description: 'Response property exclusiveMinimum increased.',
  kinds: ['exclusive-min-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
