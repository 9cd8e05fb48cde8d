import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-min-length-set',
  level: 'warning',
  description: 'Request parameter min length set.',
  kinds: ['min-length-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
