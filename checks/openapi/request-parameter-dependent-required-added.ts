import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-dependent-required-added',
  level: 'breaking',
  description: 'Request parameter dependentRequired added.',
  kinds: ['dependent-required-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
