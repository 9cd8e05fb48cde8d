import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-unevaluated-items-added',
  level: 'breaking',
  description: 'Request body unevaluatedItems added.',
  kinds: ['unevaluated-items-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
