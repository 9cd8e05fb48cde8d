import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-became-enum',
  level: 'breaking',
  description: 'Request parameter restricted to an enum.',
  kinds: ['became-enum'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
