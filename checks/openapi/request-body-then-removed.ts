import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-then-removed',
  level: 'info',
  description: 'Request body then removed.',
  kinds: ['then-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
