import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-length-set',
  level: 'warning',
  description: 'Request body min length set.',
  kinds: ['min-length-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
