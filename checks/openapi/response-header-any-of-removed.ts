import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-any-of-removed',
  level: 'info',
  description: 'Response header anyOf member removed.',
  kinds: ['any-of-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
