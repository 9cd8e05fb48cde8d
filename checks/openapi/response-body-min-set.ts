import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-set',
  level: 'info',
  description: 'Response body minimum set.',
  kinds: ['min-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
