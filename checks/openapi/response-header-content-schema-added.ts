import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-content-schema-added',
  level: 'info',
  description: 'Response header contentSchema added.',
  kinds: ['content-schema-added'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
