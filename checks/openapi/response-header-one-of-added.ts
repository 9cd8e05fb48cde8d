import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-one-of-added',
  level: 'breaking',
  description: 'Response header oneOf member added.',
  kinds: ['one-of-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
