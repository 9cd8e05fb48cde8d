import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-enum-value-added',
  level: 'info',
  description: 'Request parameter enum value added.',
  kinds: ['enum-value-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
