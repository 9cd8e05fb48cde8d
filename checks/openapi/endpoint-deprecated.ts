import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'endpoint-deprecated',
  level: 'info',
  description: 'An operation was deprecated.',
  kinds: ['endpoint-deprecated'],
  oasdiff: 'info'
})
