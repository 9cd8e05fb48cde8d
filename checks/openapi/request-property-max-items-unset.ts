import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-max-items-unset',
  level: 'info',
  description: 'Request property max items removed.',
  kinds: ['max-items-unset'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
