import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-list-of-types-widened',
  level: 'info',
  description: 'Request property list of types widened.',
  kinds: ['list-of-types-widened'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
