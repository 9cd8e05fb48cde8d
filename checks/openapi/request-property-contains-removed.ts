import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-contains-removed',
  level: 'info',
  description: 'Request property contains removed.',
  kinds: ['contains-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
