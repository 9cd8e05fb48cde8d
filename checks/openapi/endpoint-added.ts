import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'endpoint-added',
  level: 'info',
  description: 'An operation was added.',
  kinds: ['endpoint-added'],
  oasdiff: 'info'
})
