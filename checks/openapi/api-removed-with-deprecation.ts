import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-removed-with-deprecation',
  level: 'info',
  description: 'A deprecated operation was removed after its sunset (or with no sunset date).',
  kinds: ['api-removed-with-deprecation'],
  oasdiff: 'info'
})
