import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-property-content-schema-added',
  level: 'breaking',
  description: 'Request property contentSchema added.',
  kinds: ['content-schema-added'],
  direction: 'request',
  subject: 'property',
  oasdiff: 'error'
})
