import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-prefix-items-added',
  level: 'info',
  description: 'Response header prefixItems added.',
  kinds: ['prefix-items-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
