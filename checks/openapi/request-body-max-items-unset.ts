import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-items-unset',
  level: 'info',
  description: 'Request body max items removed.',
  kinds: ['max-items-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
