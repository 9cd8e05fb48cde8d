import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-any-of-removed',
  level: 'info',
  description: 'Response property anyOf member removed.',
  kinds: ['any-of-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
