import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-unevaluated-items-added',
  level: 'info',
  description: 'Response header unevaluatedItems added.',
  kinds: ['unevaluated-items-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
