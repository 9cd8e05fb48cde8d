import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-items-set',
  level: 'warning',
  description: 'Request parameter max items set.',
  kinds: ['max-items-set'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
