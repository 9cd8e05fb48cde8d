import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'endpoint-reactivated',
  level: 'info',
  description: 'An operation is no longer deprecated.',
  kinds: ['endpoint-reactivated'],
  oasdiff: 'info'
})
