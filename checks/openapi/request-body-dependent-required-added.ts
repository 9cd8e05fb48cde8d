import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-dependent-required-added',
  level: 'breaking',
  description: 'Request body dependentRequired added.',
  kinds: ['dependent-required-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
