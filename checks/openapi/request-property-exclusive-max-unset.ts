import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-exclusive-max-unset',
  level: 'info',
  description: 'Request property exclusiveMaximum removed.',
  kinds: ['exclusive-max-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
