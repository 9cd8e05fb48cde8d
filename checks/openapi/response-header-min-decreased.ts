import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-decreased',
  level: 'breaking',
  description: 'Response header minimum decreased.',
  kinds: ['min-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
