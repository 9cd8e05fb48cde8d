import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-unset',
  level: 'info',
  description: 'Request property maximum removed.',
  kinds: ['max-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
