import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-dependent-required-added',
  level: 'info',
  description: 'Response body dependentRequired added.',
  kinds: ['dependent-required-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
