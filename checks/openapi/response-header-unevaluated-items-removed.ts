import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-unevaluated-items-removed',
  level: 'breaking',
  description: 'Response header unevaluatedItems removed.',
  kinds: ['unevaluated-items-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
