import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-if-removed',
  level: 'breaking',
  description: 'Response body if removed.',
  kinds: ['if-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
