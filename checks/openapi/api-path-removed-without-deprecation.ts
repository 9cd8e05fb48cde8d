import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-path-removed-without-deprecation',
  level: 'breaking',
  description: 'A path and its operations were removed without being deprecated first.',
  kinds: ['api-path-removed-without-deprecation'],
  oasdiff: 'error'
})
