import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-media-type-removed',
  level: 'breaking',
  description: 'A response media type was removed: clients that ask for it get nothing usable.',
  kinds: ['response-media-type-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
