import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-else-added',
  level: 'breaking',
  description: 'Request body else added.',
  kinds: ['else-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
