import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-type-specialized',
  level: 'info',
  description: 'Response body type specialized (sends less).',
  kinds: ['type-specialized'],
  direction: 'response',
  subject: 'body',
  oasdiff: null
})
