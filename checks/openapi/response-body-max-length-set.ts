import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-length-set',
  level: 'info',
  description: 'Response body max length set.',
  kinds: ['max-length-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
