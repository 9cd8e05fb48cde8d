import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-media-type-removed',
  level: 'breaking',
  description: 'A request body media type was removed: clients that send it are rejected.',
  kinds: ['request-body-media-type-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
