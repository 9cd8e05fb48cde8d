import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-became-nullable',
  level: 'info',
  description: 'Request body became nullable.',
  kinds: ['became-nullable'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
