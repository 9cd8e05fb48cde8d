import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-contains-removed',
  level: 'breaking',
  description: 'Response property contains removed.',
  kinds: ['contains-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
