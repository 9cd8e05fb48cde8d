import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-exclusive-max-unset',
  level: 'info',
  description: 'Request body exclusiveMaximum removed.',
  kinds: ['exclusive-max-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
