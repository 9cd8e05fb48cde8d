import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-contains-removed',
  level: 'breaking',
  description: 'Response body contains removed.',
  kinds: ['contains-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
