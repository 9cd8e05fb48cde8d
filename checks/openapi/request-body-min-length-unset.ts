import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-length-unset',
  level: 'info',
  description: 'Request body min length removed.',
  kinds: ['min-length-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
