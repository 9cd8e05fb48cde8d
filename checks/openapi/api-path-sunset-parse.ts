import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-path-sunset-parse',
  level: 'breaking',
  description: 'A deprecated path was removed, and its x-sunset is not a date.',
  kinds: ['api-path-sunset-parse'],
  oasdiff: 'error'
})
