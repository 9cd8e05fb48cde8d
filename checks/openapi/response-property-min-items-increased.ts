import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-items-increased',
  level: 'info',
  description: 'Response property min items increased.',
  kinds: ['min-items-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
