import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-became-enum',
  level: 'info',
  description: 'Response body restricted to an enum.',
  kinds: ['became-enum'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
