import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-media-type-added',
  level: 'info',
  description: 'A response media type was added.',
  kinds: ['response-media-type-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
