import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-reactivated',
  level: 'info',
  description: 'A parameter is no longer deprecated.',
  kinds: ['request-parameter-reactivated'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
