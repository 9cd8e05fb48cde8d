import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-if-removed',
  level: 'breaking',
  description: 'Response header if removed.',
  kinds: ['if-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
