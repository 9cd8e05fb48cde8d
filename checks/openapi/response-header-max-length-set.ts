import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-length-set',
  level: 'info',
  description: 'Response header max length set.',
  kinds: ['max-length-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
