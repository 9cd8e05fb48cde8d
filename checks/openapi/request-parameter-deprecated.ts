import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-deprecated',
  level: 'info',
  description: 'A parameter was deprecated.',
  kinds: ['request-parameter-deprecated'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'info'
})
