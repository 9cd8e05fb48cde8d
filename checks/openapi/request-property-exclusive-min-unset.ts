import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-min-unset',
  level: 'info',
  description: 'Request property exclusiveMinimum removed.',
  kinds: ['exclusive-min-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
