import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-default-value-removed',
  level: 'info',
  description: 'Response body default value removed.',
  kinds: ['default-value-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
