import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-else-removed',
  level: 'info',
  description: 'Request body else removed.',
  kinds: ['else-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
