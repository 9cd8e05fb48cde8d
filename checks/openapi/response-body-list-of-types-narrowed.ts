import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-list-of-types-narrowed',
  level: 'info',
  description: 'Response body list of types narrowed.',
  kinds: ['list-of-types-narrowed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
