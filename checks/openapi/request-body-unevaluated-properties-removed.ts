import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-unevaluated-properties-removed',
  level: 'info',
  description: 'Request body unevaluatedProperties removed.',
  kinds: ['unevaluated-properties-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
