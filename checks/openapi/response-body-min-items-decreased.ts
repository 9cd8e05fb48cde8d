import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-min-items-decreased',
  level: 'breaking',
  description: 'Response body min items decreased.',
  kinds: ['min-items-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
