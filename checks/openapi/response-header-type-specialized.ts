import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-type-specialized',
  level: 'info',
  description: 'Response header type specialized (sends less).',
  kinds: ['type-specialized'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
