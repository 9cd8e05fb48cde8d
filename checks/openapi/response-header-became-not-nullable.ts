import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-became-not-nullable',
  level: 'info',
  description: 'Response header became not nullable.',
  kinds: ['became-not-nullable'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
