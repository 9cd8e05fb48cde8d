import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-content-schema-added',
  level: 'breaking',
  description: 'Request parameter contentSchema added.',
  kinds: ['content-schema-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
