import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-list-of-types-narrowed',
  level: 'breaking',
  description: 'Request body list of types narrowed.',
  kinds: ['list-of-types-narrowed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
