import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-property-unevaluated-items-added',
  level: 'info',
  description: 'Response property unevaluatedItems added.',
  kinds: ['unevaluated-items-added'],
  direction: 'response',
  subject: 'property',
  oasdiff: 'info'
})
