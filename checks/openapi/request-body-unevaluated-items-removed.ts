import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-unevaluated-items-removed',
  level: 'info',
  description: 'Request body unevaluatedItems removed.',
  kinds: ['unevaluated-items-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
