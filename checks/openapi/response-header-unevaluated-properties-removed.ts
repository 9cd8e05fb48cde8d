import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-unevaluated-properties-removed',
  level: 'breaking',
  description: 'Response header unevaluatedProperties removed.',
  kinds: ['unevaluated-properties-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
