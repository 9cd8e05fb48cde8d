import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-became-enum',
  level: 'info',
  description: 'Response property restricted to an enum.',
  kinds: ['became-enum'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
