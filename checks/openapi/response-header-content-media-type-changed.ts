import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-content-media-type-changed',
  level: 'breaking',
  description: 'Response header contentMediaType changed.',
  kinds: ['content-media-type-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
