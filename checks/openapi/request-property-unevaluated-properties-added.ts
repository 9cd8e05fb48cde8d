import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-unevaluated-properties-added',
  level: 'breaking',
  description: 'Request property unevaluatedProperties added.',
  kinds: ['unevaluated-properties-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
