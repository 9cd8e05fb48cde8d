import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-format-removed',
  level: 'info',
  description: 'Request parameter format removed.',
  kinds: ['format-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
