import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-unevaluated-properties-added',
  level: 'info',
  description: 'Response header unevaluatedProperties added.',
  kinds: ['unevaluated-properties-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
