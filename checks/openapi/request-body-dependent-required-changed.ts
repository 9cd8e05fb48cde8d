import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-dependent-required-changed',
  level: 'breaking',
  description: 'Request body dependentRequired changed.',
  kinds: ['dependent-required-changed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
