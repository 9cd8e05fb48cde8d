import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-sunset-date-moved-earlier',
  level: 'breaking',
  description:
    'The x-sunset date of a deprecated operation moved earlier: clients have less time to migrate than they were promised.',
  kinds: ['api-sunset-date-moved-earlier'],
  oasdiff: null
})
