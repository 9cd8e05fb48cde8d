import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-one-of-removed',
  level: 'info',
  description: 'Response body oneOf member removed.',
  kinds: ['one-of-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
