import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-max-items-decreased',
  level: 'info',
  description: 'Response header max items decreased.',
  kinds: ['max-items-decreased'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
