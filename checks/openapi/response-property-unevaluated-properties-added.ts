import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-unevaluated-properties-added',
  level: 'info',
  description: 'Response property unevaluatedProperties added.',
  kinds: ['unevaluated-properties-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
