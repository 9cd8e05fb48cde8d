import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-set',
  level: 'info',
  description: 'Response body maximum set.',
  kinds: ['max-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
