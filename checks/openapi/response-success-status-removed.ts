import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-success-status-removed',
  level: 'breaking',
  description: 'A success (2xx) response status was removed.',
  kinds: ['response-success-status-removed'],
  direction: 'response',
  oasdiff: 'error'
})
