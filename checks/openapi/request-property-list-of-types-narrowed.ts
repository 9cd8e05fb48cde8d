import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-list-of-types-narrowed',
  level: 'breaking',
  description: 'Request property list of types narrowed.',
  kinds: ['list-of-types-narrowed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
