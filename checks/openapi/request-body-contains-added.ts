import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-contains-added',
  level: 'breaking',
  description: 'Request body contains added.',
  kinds: ['contains-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
