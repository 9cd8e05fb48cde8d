import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-dependent-required-added',
  level: 'info',
  description: 'Response header dependentRequired added.',
  kinds: ['dependent-required-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
