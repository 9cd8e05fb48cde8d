import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-min-increased',
  level: 'breaking',
  description: 'Request property exclusiveMinimum increased.',
  kinds: ['exclusive-min-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
