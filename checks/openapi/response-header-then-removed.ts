import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-then-removed',
  level: 'breaking',
  description: 'Response header then removed.',
  kinds: ['then-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
