import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-then-removed',
  level: 'breaking',
  description: 'Response body then removed.',
  kinds: ['then-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
