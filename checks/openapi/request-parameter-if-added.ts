import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-if-added',
  level: 'breaking',
  description: 'Request parameter if added.',
  kinds: ['if-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
