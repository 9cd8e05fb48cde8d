import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-items-increased',
  level: 'info',
  description: 'Request property max items increased.',
  kinds: ['max-items-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
