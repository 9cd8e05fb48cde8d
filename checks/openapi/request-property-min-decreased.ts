import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-decreased',
  level: 'info',
  description: 'Request property minimum decreased.',
  kinds: ['min-decreased'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
