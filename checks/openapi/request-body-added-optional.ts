import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-added-optional',
  level: 'info',
  description: 'An optional request body was added.',
  kinds: ['request-body-added-optional'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
