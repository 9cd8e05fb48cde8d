import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-content-schema-removed',
  level: 'breaking',
  description: 'Response body contentSchema removed.',
  kinds: ['content-schema-removed'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error'
})
