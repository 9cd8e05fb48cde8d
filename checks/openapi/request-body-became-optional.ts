import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-became-optional',
  level: 'info',
  description: 'The request body became optional.',
  kinds: ['request-body-became-optional'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
