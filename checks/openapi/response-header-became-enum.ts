import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-became-enum',
  level: 'info',
  description: 'Response header restricted to an enum.',
  kinds: ['became-enum'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
