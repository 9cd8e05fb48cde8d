import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-max-items-decreased',
  level: 'info',
  description: 'Response body max items decreased.',
  kinds: ['max-items-decreased'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
