import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-items-unset',
  level: 'info',
  description: 'Request parameter max items removed.',
  kinds: ['max-items-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
