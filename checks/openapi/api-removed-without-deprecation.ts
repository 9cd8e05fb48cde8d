import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-removed-without-deprecation',
  level: 'breaking',
  description: 'An operation was removed without being deprecated first.',
  kinds: ['api-removed-without-deprecation'],
  oasdiff: 'error'
})
