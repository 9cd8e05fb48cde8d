import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-unevaluated-properties-added',
  level: 'breaking',
  description: 'Request body unevaluatedProperties added.',
  kinds: ['unevaluated-properties-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
