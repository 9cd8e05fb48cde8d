import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-min-items-set',
  level: 'info',
  description: 'Response header min items set.',
  kinds: ['min-items-set'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
