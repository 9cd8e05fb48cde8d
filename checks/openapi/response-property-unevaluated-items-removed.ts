import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-unevaluated-items-removed',
  level: 'breaking',
  description: 'Response property unevaluatedItems removed.',
  kinds: ['unevaluated-items-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
