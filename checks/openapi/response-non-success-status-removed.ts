import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-non-success-status-removed',
  level: 'info',
  description: 'A non-success response status was removed.',
  kinds: ['response-non-success-status-removed'],
  direction: 'response',
  oasdiff: 'info'
})
