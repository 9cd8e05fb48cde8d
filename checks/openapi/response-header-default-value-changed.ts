import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-default-value-changed',
  level: 'info',
  description: 'Response header default value changed.',
  kinds: ['default-value-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
