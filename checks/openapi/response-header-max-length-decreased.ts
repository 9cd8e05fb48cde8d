import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-length-decreased',
  level: 'info',
  description: 'Response header max length decreased.',
  kinds: ['max-length-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
