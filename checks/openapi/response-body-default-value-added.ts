import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-default-value-added',
  level: 'info',
  description: 'Response body default value set.',
  kinds: ['default-value-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
