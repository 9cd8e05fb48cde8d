import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-contains-added',
  level: 'info',
  description: 'Response body contains added.',
  kinds: ['contains-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
