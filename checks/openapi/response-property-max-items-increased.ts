import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-items-increased',
  level: 'breaking',
  description: 'Response property max items increased.',
  kinds: ['max-items-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
