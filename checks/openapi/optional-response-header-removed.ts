import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'optional-response-header-removed',
  level: 'warning',
  description: 'An optional response header was removed.',
  kinds: ['optional-response-header-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: 'warn'
})
