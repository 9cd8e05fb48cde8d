import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-list-of-types-widened',
  level: 'breaking',
  description: 'Response property list of types widened.',
  kinds: ['list-of-types-widened'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
