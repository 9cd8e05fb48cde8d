import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-dependent-required-changed',
  level: 'breaking',
  description: 'Request parameter dependentRequired changed.',
  kinds: ['dependent-required-changed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
