import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-deprecated-sunset-parse',
  level: 'breaking',
  description: 'A deprecated operation has an x-sunset that is not a date.',
  kinds: ['api-deprecated-sunset-parse'],
  oasdiff: 'error'
})
