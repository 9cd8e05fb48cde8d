import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-became-not-nullable',
  level: 'breaking',
  description: 'Request parameter became not nullable.',
  kinds: ['became-not-nullable'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
