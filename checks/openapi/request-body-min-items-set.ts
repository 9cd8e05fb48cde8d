import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-items-set',
  level: 'warning',
  description: 'Request body min items set.',
  kinds: ['min-items-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'warn'
})
