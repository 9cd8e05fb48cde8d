import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-content-media-type-changed',
  level: 'breaking',
  description: 'Request property contentMediaType changed.',
  kinds: ['content-media-type-changed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
