import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-additional-properties-allowed',
  level: 'info',
  description: 'Request body now allows additional properties.',
  kinds: ['additional-properties-allowed'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
