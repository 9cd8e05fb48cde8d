import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-dependent-required-removed',
  level: 'info',
  description: 'Request parameter dependentRequired removed.',
  kinds: ['dependent-required-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
