import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-became-enum',
  level: 'breaking',
  description: 'Request body restricted to an enum.',
  kinds: ['became-enum'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
