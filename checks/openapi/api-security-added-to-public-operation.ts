import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-security-added-to-public-operation',
  level: 'breaking',
  description: 'A security requirement was added to an operation that needed none: anonymous clients are rejected.',
  kinds: ['api-security-added-to-public-operation'],
  oasdiff: null
})
