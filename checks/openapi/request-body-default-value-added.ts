import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-default-value-added',
  level: 'info',
  description: 'Request body default value set.',
  kinds: ['default-value-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
