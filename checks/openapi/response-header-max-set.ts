import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-set',
  level: 'info',
  description: 'Response header maximum set.',
  kinds: ['max-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
