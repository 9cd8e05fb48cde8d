import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-if-removed',
  level: 'info',
  description: 'Request parameter if removed.',
  kinds: ['if-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
