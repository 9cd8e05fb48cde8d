import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-path-removed-before-sunset',
  level: 'breaking',
  description: 'A deprecated path was removed before its x-sunset date.',
  kinds: ['api-path-removed-before-sunset'],
  oasdiff: 'error'
})
