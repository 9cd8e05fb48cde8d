import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-if-removed',
  level: 'breaking',
  description: 'Response property if removed.',
  kinds: ['if-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
