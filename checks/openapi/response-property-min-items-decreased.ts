import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-items-decreased',
  level: 'breaking',
  description: 'Response property min items decreased.',
  kinds: ['min-items-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
