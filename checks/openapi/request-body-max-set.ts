import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-set',
  level: 'warning',
  description: 'Request body maximum set.',
  kinds: ['max-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'warn'
})
