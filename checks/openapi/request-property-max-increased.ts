import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-increased',
  level: 'info',
  description: 'Request property maximum increased.',
  kinds: ['max-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
