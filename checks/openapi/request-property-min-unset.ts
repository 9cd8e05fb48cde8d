import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-unset',
  level: 'info',
  description: 'Request property minimum removed.',
  kinds: ['min-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
