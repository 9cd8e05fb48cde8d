import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-one-of-removed',
  level: 'breaking',
  description: 'Request body oneOf member removed.',
  kinds: ['one-of-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
