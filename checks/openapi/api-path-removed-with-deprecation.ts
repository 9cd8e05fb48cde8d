import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-path-removed-with-deprecation',
  level: 'info',
  description: 'A deprecated path was removed after its sunset (or with no sunset date).',
  kinds: ['api-path-removed-with-deprecation'],
  oasdiff: 'info'
})
