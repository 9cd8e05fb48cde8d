import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-invalid-stability-level',
  level: 'breaking',
  description: 'An operation has an x-stability-level that is not draft, alpha, beta or stable.',
  kinds: ['api-invalid-stability-level'],
  oasdiff: 'error'
})
