import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-min-length-unset',
  level: 'info',
  description: 'Request property min length removed.',
  kinds: ['min-length-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
