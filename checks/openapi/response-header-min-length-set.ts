import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-length-set',
  level: 'info',
  description: 'Response header min length set.',
  kinds: ['min-length-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
