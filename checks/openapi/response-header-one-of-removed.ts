import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-one-of-removed',
  level: 'info',
  description: 'Response header oneOf member removed.',
  kinds: ['one-of-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
