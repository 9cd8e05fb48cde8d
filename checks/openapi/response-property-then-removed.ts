import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-then-removed',
  level: 'breaking',
  description: 'Response property then removed.',
  kinds: ['then-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
