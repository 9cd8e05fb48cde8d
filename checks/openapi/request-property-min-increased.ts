import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-increased',
  level: 'breaking',
  description: 'Request property minimum increased.',
  kinds: ['min-increased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
