import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-format-added',
  level: 'breaking',
  description: 'Request body format set.',
  kinds: ['format-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
