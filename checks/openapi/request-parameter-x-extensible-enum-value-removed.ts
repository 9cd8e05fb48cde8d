import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-x-extensible-enum-value-removed',
  level: 'breaking',
  description: 'Request parameter x-extensible-enum value removed.',
  kinds: ['x-extensible-enum-value-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
