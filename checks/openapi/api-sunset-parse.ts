import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-sunset-parse',
  level: 'breaking',
  description: 'A deprecated operation was removed, and its x-sunset is not a date.',
  kinds: ['api-sunset-parse'],
  oasdiff: null
})
