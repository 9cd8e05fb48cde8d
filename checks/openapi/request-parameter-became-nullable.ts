import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-became-nullable',
  level: 'info',
  description: 'Request parameter became nullable.',
  kinds: ['became-nullable'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
