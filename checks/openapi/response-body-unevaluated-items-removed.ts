import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-unevaluated-items-removed',
  level: 'breaking',
  description: 'Response body unevaluatedItems removed.',
  kinds: ['unevaluated-items-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
