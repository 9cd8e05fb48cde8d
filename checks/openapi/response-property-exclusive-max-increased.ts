import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-exclusive-max-increased',
  level: 'breaking',
  description: 'Response property exclusiveMaximum increased.',
  kinds: ['exclusive-max-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
