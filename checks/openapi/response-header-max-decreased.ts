import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-decreased',
  level: 'info',
  description: 'Response header maximum decreased.',
  kinds: ['max-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
