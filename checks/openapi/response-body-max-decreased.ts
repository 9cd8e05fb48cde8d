import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-decreased',
  level: 'info',
  description: 'Response body maximum decreased.',
  kinds: ['max-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
