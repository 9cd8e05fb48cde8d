import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-length-decreased',
  level: 'breaking',
  description: 'Response body min length decreased.',
  kinds: ['min-length-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
