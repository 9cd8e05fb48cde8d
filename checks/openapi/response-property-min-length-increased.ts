import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-length-increased',
  level: 'info',
  description: 'Response property min length increased.',
  kinds: ['min-length-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
