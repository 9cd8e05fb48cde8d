import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-dependent-required-changed',
  level: 'breaking',
  description: 'Response header dependentRequired changed.',
  kinds: ['dependent-required-changed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
