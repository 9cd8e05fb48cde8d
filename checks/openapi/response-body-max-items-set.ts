import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-items-set',
  level: 'info',
  description: 'Response body max items set.',
  kinds: ['max-items-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
