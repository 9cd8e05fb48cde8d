import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-pattern-added',
  level: 'breaking',
  description: 'Request body pattern set.',
  kinds: ['pattern-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
