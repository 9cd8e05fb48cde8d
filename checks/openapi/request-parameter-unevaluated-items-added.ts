import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-unevaluated-items-added',
  level: 'breaking',
  description: 'Request parameter unevaluatedItems added.',
  kinds: ['unevaluated-items-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
