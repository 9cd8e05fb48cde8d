import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-became-not-nullable',
  level: 'info',
  description: 'Response body became not nullable.',
  kinds: ['became-not-nullable'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
