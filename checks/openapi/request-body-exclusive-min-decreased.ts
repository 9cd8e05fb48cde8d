import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-min-decreased',
  level: 'info',
  description: 'Request body exclusiveMinimum decreased.',
  kinds: ['exclusive-min-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
