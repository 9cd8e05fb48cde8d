import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-content-media-type-changed',
  level: 'breaking',
  description: 'Request parameter contentMediaType changed.',
  kinds: ['content-media-type-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
