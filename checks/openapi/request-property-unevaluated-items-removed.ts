import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-unevaluated-items-removed',
  level: 'info',
  description: 'Request property unevaluatedItems removed.',
  kinds: ['unevaluated-items-removed'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'info'
})
