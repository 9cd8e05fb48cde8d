import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-min-length-decreased',
  level: 'breaking',
  description: 'Response property min length decreased.',
  kinds: ['min-length-decreased'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
