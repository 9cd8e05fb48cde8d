import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-default-value-added',
  level: 'info',
  description: 'Response header default value set.',
  kinds: ['default-value-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
