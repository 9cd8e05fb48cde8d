import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-dependent-required-changed',
  level: 'breaking',
  description: 'Response body dependentRequired changed.',
  kinds: ['dependent-required-changed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
