import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-min-set',
  level: 'warning',
  description: 'Request body exclusiveMinimum set.',
  kinds: ['exclusive-min-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'warn'
})
