import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-success-status-added',
  level: 'info',
  description: 'A success (2xx) response status was added.',
  kinds: ['response-success-status-added'],
  direction: 'response',
  oasdiff: 'info'
})
