import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-dependent-required-removed',
  level: 'info',
  description: 'Request body dependentRequired removed.',
  kinds: ['dependent-required-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
