import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-default-value-removed',
  level: 'info',
  description: 'Request body default value removed.',
  kinds: ['default-value-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
