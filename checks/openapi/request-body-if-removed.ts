import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-if-removed',
  level: 'info',
  description: 'Request body if removed.',
  kinds: ['if-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
