import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-contains-removed',
  level: 'breaking',
  description: 'Response header contains removed.',
  kinds: ['contains-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
