import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-length-set',
  level: 'warning',
  description: 'Request body max length set.',
  kinds: ['max-length-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'warn'
})
