import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-content-media-type-changed',
  level: 'breaking',
  description: 'Request body contentMediaType changed.',
  kinds: ['content-media-type-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
