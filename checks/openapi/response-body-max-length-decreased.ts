import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-length-decreased',
  level: 'info',
  description: 'Response body max length decreased.',
  kinds: ['max-length-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
