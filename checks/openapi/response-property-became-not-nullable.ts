import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-became-not-nullable',
  level: 'info',
  description: 'Response property became not nullable.',
  kinds: ['became-not-nullable'],
  direction: 'response',
  subject: 'property',
  oasdiff: null
})
