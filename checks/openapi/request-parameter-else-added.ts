import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-else-added',
  level: 'breaking',
  description: 'Request parameter else added.',
  kinds: ['else-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
