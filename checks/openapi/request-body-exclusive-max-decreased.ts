import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-max-decreased',
  level: 'breaking',
  description: 'Request body exclusiveMaximum decreased.',
  kinds: ['exclusive-max-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
