import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-then-added',
  level: 'breaking',
  description: 'Request body then added.',
  kinds: ['then-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
