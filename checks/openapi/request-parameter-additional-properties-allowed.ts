import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-additional-properties-allowed',
  level: 'info',
  description: 'Request parameter now allows additional properties.',
  kinds: ['additional-properties-allowed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
