import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-else-removed',
  level: 'breaking',
  description: 'Response property else removed.',
  kinds: ['else-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
