import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'openapi-document-removed',
  level: 'breaking',
  description: 'An OpenAPI document was removed from the repository.',
  kinds: ['openapi-document-removed'],
  oasdiff: null
})
