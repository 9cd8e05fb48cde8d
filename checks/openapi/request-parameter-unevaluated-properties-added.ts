import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-unevaluated-properties-added',
  level: 'breaking',
  description: 'Request parameter unevaluatedProperties added.',
  kinds: ['unevaluated-properties-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
