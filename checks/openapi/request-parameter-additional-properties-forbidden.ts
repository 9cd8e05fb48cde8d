import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-additional-properties-forbidden',
  level: 'breaking',
  description: 'Request parameter no longer allows additional properties.',
  kinds: ['additional-properties-forbidden'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
