import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-length-unset',
  level: 'info',
  description: 'Request body max length removed.',
  kinds: ['max-length-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
