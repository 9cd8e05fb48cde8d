import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-then-added',
  level: 'info',
  description: 'Response body then added.',
  kinds: ['then-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
