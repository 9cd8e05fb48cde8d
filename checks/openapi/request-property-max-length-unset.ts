import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-length-unset',
  level: 'info',
  description: 'Request property max length removed.',
  kinds: ['max-length-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
