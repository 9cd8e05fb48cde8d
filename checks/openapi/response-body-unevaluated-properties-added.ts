import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-unevaluated-properties-added',
  level: 'info',
  description: 'Response body unevaluatedProperties added.',
  kinds: ['unevaluated-properties-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
