import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-max-increased',
  level: 'info',
  description: 'Request property exclusiveMaximum increased.',
  kinds: ['exclusive-max-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
