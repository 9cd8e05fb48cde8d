import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-else-removed',
  level: 'info',
  description: 'Request property else removed.',
  kinds: ['else-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
