import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-items-unset',
  level: 'info',
  description: 'Request body min items removed.',
  kinds: ['min-items-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
