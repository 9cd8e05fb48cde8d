import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-length-increased',
  level: 'info',
  description: 'Request property max length increased.',
  kinds: ['max-length-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
