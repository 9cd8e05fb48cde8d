import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-type-generalized',
  level: 'info',
  description: 'Request body type generalized (accepts more).',
  kinds: ['type-generalized'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
