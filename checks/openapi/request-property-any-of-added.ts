import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-any-of-added',
  level: 'info',
  description: 'Request property anyOf member added.',
  kinds: ['any-of-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
