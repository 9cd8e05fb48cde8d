import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-unset',
  level: 'info',
  description: 'Request body maximum removed.',
  kinds: ['max-unset'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
