import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-pattern-removed',
  level: 'info',
  description: 'Request body pattern removed.',
  kinds: ['pattern-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
