import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-decreased',
  level: 'breaking',
  description: 'Response property minimum decreased.',
  kinds: ['min-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
