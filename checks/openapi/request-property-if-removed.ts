import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-if-removed',
  level: 'info',
  description: 'Request property if removed.',
  kinds: ['if-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
