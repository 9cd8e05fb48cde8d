import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-content-media-type-changed',
  level: 'breaking',
  description: 'Response body contentMediaType changed.',
  kinds: ['content-media-type-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
