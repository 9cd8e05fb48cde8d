import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-content-schema-added',
  level: 'info',
  description: 'Response body contentSchema added.',
  kinds: ['content-schema-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'info'
})
