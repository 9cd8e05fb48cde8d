import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-content-media-type-changed',
  level: 'breaking',
  description: 'Response property contentMediaType changed.',
  kinds: ['content-media-type-changed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
