import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-type-generalized',
  level: 'info',
  description: 'Request parameter type generalized (accepts more).',
  kinds: ['type-generalized'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
