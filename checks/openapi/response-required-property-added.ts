import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-required-property-added',
  level: 'info',
  description: 'A required property was added to a response.',
  kinds: ['required-property-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
