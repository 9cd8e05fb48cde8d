import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-dependent-required-removed',
  level: 'breaking',
  description: 'Response header dependentRequired removed.',
  kinds: ['dependent-required-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
