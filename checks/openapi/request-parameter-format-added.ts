import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-format-added',
  level: 'breaking',
  description: 'Request parameter format set.',
  kinds: ['format-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
