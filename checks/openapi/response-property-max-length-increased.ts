import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-max-length-increased',
  level: 'breaking',
  description: 'Response property max length increased.',
  kinds: ['max-length-increased'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
