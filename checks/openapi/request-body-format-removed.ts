import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-format-removed',
  level: 'info',
  description: 'Request body format removed.',
  kinds: ['format-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
