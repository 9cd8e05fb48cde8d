import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-content-schema-added',
  level: 'breaking',
  description: 'Request body contentSchema added.',
  kinds: ['content-schema-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
