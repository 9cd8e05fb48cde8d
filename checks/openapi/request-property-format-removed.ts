import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-format-removed',
  level: 'info',
  description: 'Request property format removed.',
  kinds: ['format-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: null
})
