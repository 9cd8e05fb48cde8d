import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-exclusive-min-decreased',
  level: 'breaking',
  description: 'Response body exclusiveMinimum decreased.',
  kinds: ['exclusive-min-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
