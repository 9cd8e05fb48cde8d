import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'webhook-added',
  level: 'info',
  description: 'A webhook was added.',
  kinds: ['webhook-added'],
  oasdiff: 'info'
})
