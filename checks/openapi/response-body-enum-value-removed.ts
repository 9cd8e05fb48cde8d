import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-enum-value-removed',
  level: 'info',
  description: 'Response body enum value removed.',
  kinds: ['enum-value-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
