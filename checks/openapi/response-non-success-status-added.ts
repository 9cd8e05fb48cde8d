import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-non-success-status-added',
  level: 'info',
  description: 'A non-success response status was added.',
  kinds: ['response-non-success-status-added'],
  direction: 'response',
  oasdiff: 'info'
})
