import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-became-not-nullable',
  level: 'breaking',
  description: 'Request body became not nullable.',
  kinds: ['became-not-nullable'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
