import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-security-scope-removed',
  level: 'info',
  description: 'A scope was removed from a security requirement.',
  kinds: ['api-security-scope-removed'],
  oasdiff: 'info'
})
