import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-default-value-changed',
  level: 'info',
  description: 'Response body default value changed.',
  kinds: ['default-value-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
