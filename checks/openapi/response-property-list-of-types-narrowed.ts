import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-list-of-types-narrowed',
  level: 'info',
  description: 'Response property list of types narrowed.',
  kinds: ['list-of-types-narrowed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
