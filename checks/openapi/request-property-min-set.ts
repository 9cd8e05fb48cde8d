import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-set',
  level: 'warning',
  description: 'Request property minimum set.',
  kinds: ['min-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
