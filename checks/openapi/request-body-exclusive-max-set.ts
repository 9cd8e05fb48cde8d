import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-max-set',
  level: 'warning',
  description: 'Request body exclusiveMaximum set.',
  kinds: ['exclusive-max-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'warn'
})
