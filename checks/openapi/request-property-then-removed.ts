import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-then-removed',
  level: 'info',
  description: 'Request property then removed.',
  kinds: ['then-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
