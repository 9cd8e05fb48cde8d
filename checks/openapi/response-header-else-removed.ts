import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-else-removed',
  level: 'breaking',
  description: 'Response header else removed.',
  kinds: ['else-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
