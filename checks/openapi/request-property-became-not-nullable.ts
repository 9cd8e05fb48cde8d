import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-became-not-nullable',
  level: 'breaking',
  description: 'Request property became not nullable.',
  kinds: ['became-not-nullable'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
