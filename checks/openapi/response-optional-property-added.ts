import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-optional-property-added',
  level: 'info',
  description: 'An optional property was added to a response.',
  kinds: ['optional-property-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
