import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-unevaluated-properties-removed',
  level: 'breaking',
  description: 'Response body unevaluatedProperties removed.',
  kinds: ['unevaluated-properties-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
