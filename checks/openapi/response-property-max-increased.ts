import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-increased',
  level: 'breaking',
  description: 'Response property maximum increased.',
  kinds: ['max-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
