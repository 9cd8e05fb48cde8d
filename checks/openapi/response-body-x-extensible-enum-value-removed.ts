import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-x-extensible-enum-value-removed',
  level: 'info',
  description: 'Response body x-extensible-enum value removed.',
  kinds: ['x-extensible-enum-value-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
