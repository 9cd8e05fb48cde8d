import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-dependent-required-removed',
  level: 'breaking',
  description: 'Response body dependentRequired removed.',
  kinds: ['dependent-required-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
