import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-list-of-types-widened',
  level: 'breaking',
  description: 'Response body list of types widened.',
  kinds: ['list-of-types-widened'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
