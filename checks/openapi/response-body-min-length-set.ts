import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-length-set',
  level: 'info',
  description: 'Response body min length set.',
  kinds: ['min-length-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
