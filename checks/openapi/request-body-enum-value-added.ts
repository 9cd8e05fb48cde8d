import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-enum-value-added',
  level: 'info',
  description: 'Request body enum value added.',
  kinds: ['enum-value-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
