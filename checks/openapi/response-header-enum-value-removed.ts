import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-enum-value-removed',
  level: 'info',
  description: 'Response header enum value removed.',
  kinds: ['enum-value-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
