import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-unevaluated-items-removed',
  level: 'info',
  description: 'Request parameter unevaluatedItems removed.',
  kinds: ['unevaluated-items-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
