import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-x-extensible-enum-value-removed',
  level: 'info',
  description: 'Response header x-extensible-enum value removed.',
  kinds: ['x-extensible-enum-value-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
