import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-length-set',
  level: 'warning',
  description: 'Request parameter max length set.',
  kinds: ['max-length-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'warn'
})
