import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-any-of-removed',
  level: 'breaking',
  description: 'Request property anyOf member removed.',
  kinds: ['any-of-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
