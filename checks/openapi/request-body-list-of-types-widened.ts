import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-list-of-types-widened',
  level: 'info',
  description: 'Request body list of types widened.',
  kinds: ['list-of-types-widened'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
