import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-contains-removed',
  level: 'info',
  description: 'Request body contains removed.',
  kinds: ['contains-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
