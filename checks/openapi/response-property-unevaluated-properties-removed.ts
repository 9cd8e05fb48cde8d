import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-unevaluated-properties-removed',
  level: 'breaking',
  description: 'Response property unevaluatedProperties removed.',
  kinds: ['unevaluated-properties-removed'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'error'
})
