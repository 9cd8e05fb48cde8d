import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-exclusive-max-decreased',
  level: 'info',
  description: 'Response body exclusiveMaximum decreased.',
  kinds: ['exclusive-max-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
