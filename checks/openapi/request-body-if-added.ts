import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-if-added',
  level: 'breaking',
  description: 'Request body if added.',
  kinds: ['if-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
