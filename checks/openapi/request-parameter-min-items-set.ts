import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-items-set',
  level: 'warning',
  description: 'Request parameter min items set.',
  kinds: ['min-items-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
