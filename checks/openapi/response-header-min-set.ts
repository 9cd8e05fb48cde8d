import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-set',
  level: 'info',
  description: 'Response header minimum set.',
  kinds: ['min-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
