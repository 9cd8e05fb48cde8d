import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-default-value-changed',
  level: 'info',
  description: 'Request body default value changed.',
  kinds: ['default-value-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
