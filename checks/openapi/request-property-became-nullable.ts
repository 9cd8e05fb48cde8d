import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-became-nullable',
  level: 'info',
  description: 'Request property became nullable.',
  kinds: ['became-nullable'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
