import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-else-removed',
  level: 'breaking',
  description: 'Response body else removed.',
  kinds: ['else-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
