import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-set',
  level: 'warning',
  description: 'Request body minimum set.',
  kinds: ['min-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'warn'
})
