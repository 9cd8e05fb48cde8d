import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-items-set',
  level: 'info',
  description: 'Response body min items set.',
  kinds: ['min-items-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
