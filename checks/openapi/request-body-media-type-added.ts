import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-media-type-added',
  level: 'info',
  description: 'A request body media type was added.',
  kinds: ['request-body-media-type-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
