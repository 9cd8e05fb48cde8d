import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-removed-before-sunset',
  level: 'breaking',
  description: 'A deprecated operation was removed before its x-sunset date.',
  kinds: ['api-removed-before-sunset'],
  oasdiff: 'error'
})
