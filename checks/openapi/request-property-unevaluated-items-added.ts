import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-unevaluated-items-added',
  level: 'breaking',
  description: 'Request property unevaluatedItems added.',
  kinds: ['unevaluated-items-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
