import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-unevaluated-properties-removed',
  level: 'info',
  description: 'Request parameter unevaluatedProperties removed.',
  kinds: ['unevaluated-properties-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
