import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-list-of-types-narrowed',
  level: 'info',
  description: 'Response header list of types narrowed.',
  kinds: ['list-of-types-narrowed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
