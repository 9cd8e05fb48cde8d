import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-exclusive-min-set',
  level: 'info',
  description: 'Response body exclusiveMinimum set.',
  kinds: ['exclusive-min-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
