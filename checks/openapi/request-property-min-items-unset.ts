import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-items-unset',
  level: 'info',
  description: 'Request property min items removed.',
  kinds: ['min-items-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
