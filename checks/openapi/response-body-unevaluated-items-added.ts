import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-unevaluated-items-added',
  level: 'info',
  description: 'Response body unevaluatedItems added.',
  kinds: ['unevaluated-items-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
