import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-any-of-removed',
  level: 'info',
  description: 'Response body anyOf member removed.',
  kinds: ['any-of-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
