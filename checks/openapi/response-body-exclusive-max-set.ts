import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-exclusive-max-set',
  level: 'info',
  description: 'Response body exclusiveMaximum set.',
  kinds: ['exclusive-max-set'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
