import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'webhook-removed',
  level: 'breaking',
  description: 'A webhook was removed.',
  kinds: ['webhook-removed'],
  oasdiff: 'error'
})
