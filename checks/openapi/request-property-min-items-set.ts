import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-items-set',
  level: 'warning',
  description: 'Request property min items set.',
  kinds: ['min-items-set'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'warn'
})
