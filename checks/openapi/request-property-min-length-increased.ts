import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-length-increased',
  level: 'breaking',
  description: 'Request property min length increased.',
  kinds: ['min-length-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
