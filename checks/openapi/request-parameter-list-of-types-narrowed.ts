import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-list-of-types-narrowed',
  level: 'breaking',
  description: 'Request parameter list of types narrowed.',
  kinds: ['list-of-types-narrowed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
