import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-unevaluated-properties-removed',
  level: 'info',
  description: 'Request property unevaluatedProperties removed.',
  kinds: ['unevaluated-properties-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
