import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-security-made-public',
  level: 'info',
  description: 'Every security requirement was removed from an operation: it needs no authentication now.',
  kinds: ['api-security-made-public'],
  oasdiff: null
})
