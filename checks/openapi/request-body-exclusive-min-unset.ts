import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-min-unset',
  level: 'info',
  description: 'Request body exclusiveMinimum removed.',
  kinds: ['exclusive-min-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
