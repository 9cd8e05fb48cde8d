import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-stability-decreased',
  level: 'breaking',
  description: "An operation's x-stability-level decreased (for example stable to beta).",
  kinds: ['api-stability-decreased'],
  oasdiff: 'error'
})
