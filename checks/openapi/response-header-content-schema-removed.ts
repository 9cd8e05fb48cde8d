import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-content-schema-removed',
  level: 'breaking',
  description: 'Response header contentSchema removed.',
  kinds: ['content-schema-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: null
})
