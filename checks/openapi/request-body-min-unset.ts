import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-unset',
  level: 'info',
  description: 'Request body minimum removed.',
  kinds: ['min-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
