import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-became-enum',
  level: 'breaking',
  description: 'Request property restricted to an enum.',
  kinds: ['became-enum'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
