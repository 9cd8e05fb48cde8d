import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-default-value-removed',
  level: 'info',
  description: 'Response header default value removed.',
  kinds: ['default-value-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
