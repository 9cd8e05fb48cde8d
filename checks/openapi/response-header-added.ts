import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-added',
  level: 'info',
  description: 'A response header was added.',
  kinds: ['response-header-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
