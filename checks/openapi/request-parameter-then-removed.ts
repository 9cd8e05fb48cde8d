import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-then-removed',
  level: 'info',
  description: 'Request parameter then removed.',
  kinds: ['then-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
