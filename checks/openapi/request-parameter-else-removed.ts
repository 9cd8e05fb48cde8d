import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-else-removed',
  level: 'info',
  description: 'Request parameter else removed.',
  kinds: ['else-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
