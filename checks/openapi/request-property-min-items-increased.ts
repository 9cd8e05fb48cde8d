import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-items-increased',
  level: 'breaking',
  description: 'Request property min items increased.',
  kinds: ['min-items-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
