import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-decreased',
  level: 'breaking',
  description: 'Response body minimum decreased.',
  kinds: ['min-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
